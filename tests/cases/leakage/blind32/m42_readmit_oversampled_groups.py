"""Readmission (30d) - rebalanced training data, patient-level evaluation.

Only ~13% of encounters are readmissions. The minority class is oversampled
to a 1:3 ratio; every split afterwards is by patient so duplicated encounters
stay with their patient.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit, StratifiedGroupKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

SEED = 14
TARGET = "readmit_30d"
GROUP = "patient_id"
FEATURES = ["age_band", "sex", "admission_type", "admission_source", "primary_dx_group", "n_diagnoses",
            "n_procedures", "n_medications", "length_of_stay", "lab_count", "n_prior_inpatient_12m",
            "n_prior_er_12m", "hba1c_result", "insulin_change", "discharge_to", "payer", "emergency_admit"]


def rebalance(df, ratio=1 / 3):
    ros = RandomOverSampler(sampling_strategy=ratio, random_state=SEED)
    X_res, y_res = ros.fit_resample(df.drop(columns=[TARGET]), df[TARGET])
    out = X_res.assign(**{TARGET: y_res.to_numpy()})
    print(f"rebalanced: {len(df):,} -> {len(out):,} rows, readmit share {out[TARGET].mean():.3f}")
    return out.reset_index(drop=True)


def model():
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1),
         make_column_selector(dtype_include=object)),
        remainder="passthrough",
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    return make_pipeline(enc, HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, max_leaf_nodes=31,
                                                             random_state=SEED))


def main():
    raw = pd.read_csv("train.csv")[FEATURES + [GROUP, TARGET]]
    data = rebalance(raw)

    X, y, groups = data[FEATURES], data[TARGET], data[GROUP]
    dev, test = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(X, y, groups))
    assert set(groups.iloc[dev]).isdisjoint(groups.iloc[test])

    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    for name, est in [("dummy_prior", DummyClassifier(strategy="prior")), ("hgb", model())]:
        auc = cross_val_score(est, X.iloc[dev], y.iloc[dev], groups=groups.iloc[dev], cv=cv, scoring="roc_auc")
        print(f"grouped CV AUC {name:12s} {auc.mean():.4f} ± {auc.std():.4f}")

    clf = model().fit(X.iloc[dev], y.iloc[dev])
    dummy = DummyClassifier(strategy="prior").fit(X.iloc[dev], y.iloc[dev])
    for name, est in [("dummy_prior", dummy), ("hgb", clf)]:
        p = est.predict_proba(X.iloc[test])[:, 1]
        print(f"held-out patients {name:12s} AUC {roc_auc_score(y.iloc[test], p):.4f}  "
              f"AP {average_precision_score(y.iloc[test], p):.4f}")

    final = model().fit(X, y)
    sub = pd.read_csv("test.csv")
    pd.DataFrame({"encounter_id": sub["encounter_id"], "prediction": final.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
