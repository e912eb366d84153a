# churn - hurried version, 90 min box
import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape, df["snapshot_month"].nunique(), "months")

num_cols = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
cat_cols = ["plan", "region"]

# previous month per customer
df = df.sort_values(["customer_id", "snapshot_month"])
for c in ["usage_gb", "support_tickets"]:
    df[c + "_prev"] = df.groupby("customer_id")[c].shift(1)
    num_cols.append(c + "_prev")
df["usage_drop"] = (df["usage_gb_prev"] - df["usage_gb"]).clip(lower=0)
num_cols.append("usage_drop")

# split: last 4 months are held out, and only customers that are new in those months
cutoff = df["snapshot_month"].max() - pd.DateOffset(months=4)
tr = df[df["snapshot_month"] <= cutoff]
te = df[df["snapshot_month"] > cutoff]
te = te[~te["customer_id"].isin(set(tr["customer_id"]))]
print(len(tr), len(te))
# te = df[df.snapshot_month > cutoff]   # first try, kept customers seen in training

X_tr, y_tr = tr[num_cols + cat_cols], tr["churned"]
X_te, y_te = te[num_cols + cat_cols], te["churned"]

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])

pipe = Pipeline([
    ("prep", prep),
    ("smote", SMOTE(random_state=1, k_neighbors=5)),
    ("rf", RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=1)),
])
pipe.fit(X_tr, y_tr)

pred = pipe.predict(X_te)
acc = accuracy_score(y_te, pred)
print("accuracy on held-out months:", round(acc, 4))

# TODO precision/recall if time allows

# --- submission (refit on all rows)
pipe.fit(df[num_cols + cat_cols], df["churned"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
both = pd.concat([df.drop(columns=["churned"]), test], ignore_index=True).sort_values(["customer_id", "snapshot_month"])
for c in ["usage_gb", "support_tickets"]:
    both[c + "_prev"] = both.groupby("customer_id")[c].shift(1)
both["usage_drop"] = (both["usage_gb_prev"] - both["usage_gb"]).clip(lower=0)
test_rows = both[both["snapshot_id"].isin(test["snapshot_id"])]
pd.DataFrame({
    "snapshot_id": test_rows["snapshot_id"],
    "prediction": pipe.predict_proba(test_rows[num_cols + cat_cols])[:, 1],
}).to_csv("predictions.csv", index=False)
