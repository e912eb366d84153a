"""
30-day readmission model for diabetic inpatients
Data: UCI "Diabetes 130-US hospitals for years 1999-2008" (diabetic_data.csv)

Usage: python readmission.py --data data/diabetic_data.csv
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

# discharge codes meaning the patient died or went to hospice -> cannot be readmitted
EXPIRED_OR_HOSPICE = [11, 13, 14, 19, 20, 21]
AGE_MAP = {f"[{10*i}-{10*(i+1)})": 10 * i + 5 for i in range(10)}
NUMERIC = [
    "time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
    "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses",
]
CATEGORICAL = ["race", "gender", "admission_type_id", "admission_source_id",
               "A1Cresult", "max_glu_serum", "insulin", "change", "diabetesMed"]


def load(path):
    df = pd.read_csv(path, na_values="?", low_memory=False)
    print("raw shape:", df.shape)
    df = df[~df["discharge_disposition_id"].isin(EXPIRED_OR_HOSPICE)]
    # one encounter per patient (first one) so the rows are independent
    df = df.sort_values("encounter_id").drop_duplicates("patient_nbr", keep="first")
    df = df[df["gender"] != "Unknown/Invalid"]
    print("after cleaning:", df.shape)
    return df


def build_features(df):
    out = df[NUMERIC].copy()
    out["age"] = df["age"].map(AGE_MAP)
    out["total_visits"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
    cats = df[CATEGORICAL].astype(str).fillna("missing")
    out = pd.concat([out, pd.get_dummies(cats, drop_first=True)], axis=1)
    return out.astype(float)


def main(path):
    df = load(path)
    y = (df["readmitted"] == "<30").astype(int).values
    print("positive rate: %.3f" % y.mean())

    X = build_features(df)
    feature_names = X.columns.tolist()

    scaler = StandardScaler()
    X_scaled = scaler.fit_transform(X)

    X_train, X_test, y_train, y_test = train_test_split(
        X_scaled, y, test_size=0.2, stratify=y, random_state=7
    )

    models = {
        "dummy_prior": DummyClassifier(strategy="prior"),
        "logreg": LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"),
        "gbm": GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8),
    }
    for name, model in models.items():
        model.fit(X_train, y_train)
        proba = model.predict_proba(X_test)[:, 1]
        print(f"{name:12s} ROC AUC={roc_auc_score(y_test, proba):.3f} "
              f"PR AUC={average_precision_score(y_test, proba):.3f}")

    lr = models["logreg"]
    print(classification_report(y_test, lr.predict(X_test), digits=3))
    coefs = pd.Series(lr.coef_[0], index=feature_names).sort_values()
    print("most protective:\n", coefs.head(8))
    print("highest risk:\n", coefs.tail(8))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/diabetic_data.csv")
    args = parser.parse_args()
    main(args.data)
