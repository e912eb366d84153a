"""Readmission (30d): forward sequential feature selection for a 10-feature score.

Protocol
- 20% of patients held out (GroupShuffleSplit) and scored once
- on the development patients: forward SFS whose estimator is the whole
  VarianceThreshold -> scaler -> logistic regression pipeline, with
  patient-grouped CV folds; everything fitted on dev only
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SequentialFeatureSelector, VarianceThreshold
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import GroupKFold, GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 23
TARGET = "readmit_30d"
GROUP = "patient_id"
N_FEATURES = 10
CATEGORICAL = ["age_band", "admission_type", "admission_source", "primary_dx_group", "discharge_to", "payer",
               "hba1c_result", "insulin_change"]
NUMERIC = ["length_of_stay", "n_diagnoses", "n_procedures", "n_medications", "lab_count",
           "n_prior_inpatient_12m", "n_prior_er_12m", "emergency_admit"]


def design(df):
    num = df[NUMERIC].fillna(0).astype(float)
    num["prior_util"] = num["n_prior_inpatient_12m"] + num["n_prior_er_12m"]
    num["meds_per_day"] = num["n_medications"] / num["length_of_stay"].clip(lower=1)
    return pd.concat([num, pd.get_dummies(df[CATEGORICAL].fillna("unknown"), dtype=float)], axis=1)


def main():
    df = pd.read_csv("train.csv")
    X, y, groups = design(df), df[TARGET].to_numpy(), df[GROUP].to_numpy()

    dev, test = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(X, y, groups))
    X_dev, y_dev, g_dev = X.iloc[dev], y[dev], groups[dev]
    X_test, y_test = X.iloc[test], y[test]

    # grouped folds on the development patients, used by the selector's internal CV
    folds = list(GroupKFold(n_splits=5).split(X_dev, y_dev, g_dev))

    def scored_logit():
        return make_pipeline(VarianceThreshold(threshold=0.005), StandardScaler(),
                             LogisticRegression(C=0.5, max_iter=3000)).set_output(transform="pandas")

    sfs = SequentialFeatureSelector(
        scored_logit(),
        n_features_to_select=N_FEATURES,
        direction="forward",
        scoring="roc_auc",
        cv=folds,
        n_jobs=-1,
    ).set_output(transform="pandas")
    sfs.fit(X_dev, y_dev)
    chosen = sfs.get_feature_names_out().tolist()
    print("selected:", chosen)

    clf = scored_logit().fit(X_dev[chosen], y_dev)
    dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    for name, p in [("dummy_prior", dummy.predict_proba(X_test)[:, 1]),
                    ("sfs_logit", clf.predict_proba(X_test[chosen])[:, 1])]:
        print(f"held-out patients  {name:11s} AUC {roc_auc_score(y_test, p):.4f}  "
              f"AP {average_precision_score(y_test, p):.4f}  Brier {brier_score_loss(y_test, p):.4f}")

    kept_after_screen = clf[0].get_feature_names_out()
    print(pd.Series(clf[-1].coef_.ravel(), index=kept_after_screen).sort_values().round(3).to_string())

    final = scored_logit().fit(X[chosen], y)
    sub = pd.read_csv("test.csv")
    X_sub = design(sub).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({"encounter_id": sub["encounter_id"], "prediction": final.predict_proba(X_sub[chosen])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
