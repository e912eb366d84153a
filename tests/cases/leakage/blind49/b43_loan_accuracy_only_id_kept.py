# Loan default take-home -- candidate solution
#
# Model: random forest on the application fields.
# Validation: stratified 80/20 split; the forest is compared with a majority-class dummy.

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

pd.options.display.width = 120

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.dtypes)
print(train["default"].value_counts(normalize=True))

# --- EDA ---------------------------------------------------------------------
print(train.describe().T[["mean", "std", "min", "max"]])
print(train.groupby("grade")["default"].agg(["mean", "count"]))
print(train.groupby("home_ownership")["default"].mean())
print(train.groupby("term_months")["default"].mean())

# --- encoding ----------------------------------------------------------------
GRADE_ORDER = {g: i for i, g in enumerate(["A", "B", "C", "D", "E", "F", "G"])}


def encode(df):
    df = df.copy()
    df["grade"] = df["grade"].map(GRADE_ORDER)
    df = pd.get_dummies(df, columns=["home_ownership", "purpose"], dtype=int)
    df["employment_years"] = df["employment_years"].fillna(-1)
    df["dti"] = df["dti"].fillna(-1)
    df["credit_score"] = df["credit_score"].fillna(-1)
    df["interest_x_term"] = df["interest_rate"] * df["term_months"]
    return df


train_enc = encode(train)
test_enc = encode(test)

# post-outcome fields are not inputs
X = train_enc.drop(columns=["default", "recovery_amount", "collection_status"])
y = train_enc["default"]
test_X = test_enc.reindex(columns=X.columns, fill_value=0)
print("feature matrix:", X.shape)

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

rf = RandomForestClassifier(n_estimators=500, max_depth=12, min_samples_leaf=3, n_jobs=-1, random_state=0)
rf.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)

va_pred = rf.predict(X_va)
print("validation accuracy: %.4f  (majority: %.4f)" % (accuracy_score(y_va, va_pred), accuracy_score(y_va, dummy.predict(X_va))))

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(15))

# --- final model -------------------------------------------------------------
rf.fit(X, y)
submission = pd.DataFrame({"loan_id": test["loan_id"], "prediction": rf.predict_proba(test_X)[:, 1]})
submission.to_csv("predictions.csv", index=False)
print(submission.shape)
