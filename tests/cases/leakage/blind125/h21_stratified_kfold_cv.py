import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", df.shape, "test", test.shape)
print(df.dtypes)

print(df["churned_next_month"].value_counts(normalize=True))
print(df.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(df.isna().sum().sort_values(ascending=False).head(8))

def add_history(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["logins_delta"] = frame["logins_30d"] - frame["logins_lag1"]
    frame["charges_lag1"] = g["monthly_charges"].shift(1)
    frame["charges_change"] = frame["monthly_charges"] - frame["charges_lag1"]
    frame["tickets_roll3"] = g["support_tickets_30d"].transform(lambda s: s.rolling(3, min_periods=1).mean())
    frame["months_in_data"] = g.cumcount()
    return frame

df = add_history(df)
test = add_history(test)

from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.linear_model import LogisticRegression

num_cols = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d", "payment_failures_90d", "discount_pct", "autopay"] + ["logins_lag1", "logins_delta", "charges_lag1", "charges_change", "tickets_roll3", "months_in_data"]
cat_cols = ["plan", "region", "contract_type", "payment_method"]

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced"))])

from sklearn.model_selection import StratifiedKFold, cross_val_score

X = df[num_cols + cat_cols]
y = df["churned_next_month"]
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
for C in [0.1, 0.5, 1.0]:
    pipe.set_params(lr__C=C)
    auc = cross_val_score(pipe, X, y, cv=skf, scoring="roc_auc")
    print(f"C={C}: AUC {auc.mean():.4f} (+/- {auc.std():.4f})")

pipe.set_params(lr__C=0.5)
pipe.fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pipe.predict_proba(test[num_cols + cat_cols])[:, 1]}).to_csv("predictions.csv", index=False)
