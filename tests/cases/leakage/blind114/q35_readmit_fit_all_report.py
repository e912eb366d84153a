"""
Readmission within 30 days.
Gradient boosting trained on the labelled admissions; writes predictions.csv for test.csv.
"""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score

CATS = ["admission_type", "primary_dx_group", "discharge_unit", "insurance", "sex"]
NUMS = ["age", "los_days", "n_diagnoses", "n_procedures", "n_medications", "prior_er_visits", "hba1c"]


def prepare(frame, columns=None):
    X = pd.get_dummies(frame[NUMS + CATS], columns=CATS, dtype=float)
    X["hba1c"] = X["hba1c"].fillna(0)
    X["polypharmacy"] = (frame["n_medications"] >= 10).astype(int)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train:", train.shape, "test:", test.shape)
print(train["readmitted_30d"].value_counts())
print(train.groupby("admission_type")["readmitted_30d"].mean())

X = prepare(train)
y = train["readmitted_30d"]

clf = GradientBoostingClassifier(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.8, random_state=0)
clf.fit(X, y)

pred = clf.predict(X)
proba = clf.predict_proba(X)[:, 1]
print("accuracy:", round(accuracy_score(y, pred), 4))
print("F1      :", round(f1_score(y, pred), 4))
print("ROC AUC :", round(roc_auc_score(y, proba), 4))

importance = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importance.head(10))

X_test = prepare(test, columns=X.columns)
pd.DataFrame({"admission_id": test["admission_id"], "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv")
