"""30-day readmission: sparse logistic model with recursive feature elimination.

RFECV (patient-grouped 5-fold CV) picks the number of features on the
development patients only; held-out patients are scored once at the end.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFECV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 17
TARGET = "readmit_30d"
GROUP = "patient_id"
CATEGORICAL = ["age_band", "sex", "admission_type", "admission_source", "primary_dx_group", "discharge_to",
               "payer", "hba1c_result", "insulin_change"]
NUMERIC = ["length_of_stay", "n_diagnoses", "n_procedures", "n_medications", "lab_count",
           "n_prior_inpatient_12m", "n_prior_er_12m", "emergency_admit"]


def design(df):
    """Row-wise design matrix: dummies for categoricals, constant fill, a few ratios."""
    out = pd.get_dummies(df[CATEGORICAL].fillna("unknown"), dtype=float)
    num = df[NUMERIC].fillna(0).astype(float)
    num["meds_per_day"] = num["n_medications"] / num["length_of_stay"].clip(lower=1)
    num["log_los"] = np.log1p(num["length_of_stay"])
    return pd.concat([num, out], axis=1)


def scaled_logit():
    return make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=5000))


def main():
    df = pd.read_csv("train.csv")
    X = design(df)
    y = df[TARGET].to_numpy()
    groups = df[GROUP].to_numpy()

    dev_idx, test_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(X, y, groups))
    X_dev, y_dev, g_dev = X.iloc[dev_idx], y[dev_idx], groups[dev_idx]
    X_test, y_test = X.iloc[test_idx], y[test_idx]

    rfecv = RFECV(
        scaled_logit(),
        step=2,
        min_features_to_select=5,
        cv=GroupKFold(n_splits=5),
        scoring="roc_auc",
        importance_getter="named_steps.logisticregression.coef_",
        n_jobs=-1,
    )
    rfecv.fit(X_dev, y_dev, groups=g_dev)
    kept = X.columns[rfecv.support_].tolist()
    print(f"RFECV kept {rfecv.n_features_} of {X.shape[1]} features")
    curve = pd.DataFrame({"n_features": rfecv.cv_results_["n_features"],
                          "cv_auc": rfecv.cv_results_["mean_test_score"]})
    print(curve.tail(15).round(4).to_string(index=False))

    model = scaled_logit().fit(X_dev[kept], y_dev)
    dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    for name, est, cols in [("dummy_prior", dummy, list(X.columns)), ("rfe_logit", model, kept)]:
        p = est.predict_proba(X_test[cols])[:, 1]
        print(f"test {name:12s} AUC {roc_auc_score(y_test, p):.4f}  AP {average_precision_score(y_test, p):.4f}  "
              f"Brier {brier_score_loss(y_test, p):.4f}")

    coef = pd.Series(model[-1].coef_.ravel(), index=kept).sort_values()
    print(pd.concat([coef.head(8), coef.tail(8)]).round(3))

    final = scaled_logit().fit(X[kept], y)
    sub = pd.read_csv("test.csv")
    X_sub = design(sub).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({"encounter_id": sub["encounter_id"], "prediction": final.predict_proba(X_sub[kept])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
