"""Attrition model - random forest with SMOTE to deal with the class imbalance.

Run: python h05_attrition_smote_then_split_accuracy.py  (expects train.csv / test.csv here)
"""
import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

SEED = 2024

CAT = ["business_travel", "department", "education_field", "gender", "job_role",
       "marital_status", "overtime"]
DROP = ["employee_id", "exit_interview_scheduled", "notice_days_served"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    return train, test


def encode(frame, columns=None):
    out = frame.drop(columns=[c for c in DROP + ["attrition"] if c in frame.columns])
    out = pd.get_dummies(out, columns=CAT, dtype=int)
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0)
    return out


def main():
    train, test = load()
    print("rows:", len(train))
    print("attrition rate: %.3f" % train["attrition"].mean())

    # quick look at the strongest raw relationships
    for col in ["overtime", "marital_status", "business_travel"]:
        print(train.groupby(col)["attrition"].mean().round(3), "\n")

    X = encode(train)
    y = train["attrition"]

    # balance the classes so the forest does not just predict "stays"
    sm = SMOTE(random_state=SEED, k_neighbors=5)
    X_bal, y_bal = sm.fit_resample(X, y)
    print("after SMOTE:", np.bincount(y_bal))

    X_tr, X_te, y_tr, y_te = train_test_split(
        X_bal, y_bal, test_size=0.2, random_state=SEED, stratify=y_bal)

    rf = RandomForestClassifier(n_estimators=400, max_depth=10,
                                min_samples_leaf=2, random_state=SEED, n_jobs=-1)
    rf.fit(X_tr, y_tr)
    print("train accuracy: %.4f" % accuracy_score(y_tr, rf.predict(X_tr)))
    print("test accuracy:  %.4f" % accuracy_score(y_te, rf.predict(X_te)))

    final = RandomForestClassifier(n_estimators=400, max_depth=10,
                                   min_samples_leaf=2, random_state=SEED, n_jobs=-1)
    final.fit(X_bal, y_bal)

    imp = pd.Series(final.feature_importances_, index=X.columns).sort_values(ascending=False)
    print("\nTop features:\n", imp.head(10).round(4))

    X_sub = encode(test, columns=X.columns)
    pd.DataFrame({"employee_id": test["employee_id"],
                  "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
