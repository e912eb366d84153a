"""30-day readmission take-home.

Predict, for each hospital encounter, the probability that the patient is
readmitted within 30 days of discharge.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "readmitted_30d"
NUMERIC = ["age", "num_medications", "num_procedures", "length_of_stay", "prior_admissions"]
CATEGORICAL = ["diagnosis_group"]
# discharge_disposition_final and followup_visit_count are recorded after discharge


def add_features(df):
    df = df.copy()
    df["meds_per_day"] = df["num_medications"] / df["length_of_stay"].clip(lower=1)
    df["frequent_flyer"] = (df["prior_admissions"] >= 3).astype(int)
    df["age_band"] = pd.cut(df["age"], [0, 40, 60, 75, 120], labels=False)
    return df


FEATURES = NUMERIC + ["meds_per_day", "frequent_flyer", "age_band"] + CATEGORICAL


def build():
    prep = ColumnTransformer(
        [("diag", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL)],
        remainder="passthrough",
    )
    hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=350, max_leaf_nodes=31,
                                         min_samples_leaf=30, random_state=4)
    return Pipeline([("prep", prep), ("hgb", hgb)])


def main():
    df = add_features(pd.read_csv("train.csv"))
    print(df.shape, "patients:", df["patient_id"].nunique())
    print(df[TARGET].value_counts(normalize=True))
    print(df.groupby("diagnosis_group")[TARGET].mean().sort_values(ascending=False))
    print(df.groupby("frequent_flyer")[TARGET].mean())

    X, y = df[FEATURES], df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=4
    )

    model = build().fit(X_train, y_train)
    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

    for name, est in [("dummy", dummy), ("hgb", model)]:
        p = est.predict_proba(X_test)[:, 1]
        print(f"{name:<6} ROC AUC {roc_auc_score(y_test, p):.4f}  PR AUC {average_precision_score(y_test, p):.4f}")

    final = build().fit(X, y)
    test = add_features(pd.read_csv("test.csv"))
    pd.DataFrame({"encounter_id": test["encounter_id"],
                  "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
