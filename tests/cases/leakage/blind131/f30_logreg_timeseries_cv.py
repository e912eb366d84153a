"""Churn snapshots - logistic regression with forward-chaining CV (TimeSeriesSplit).

Rows are sorted by snapshot month so every fold trains on the past and validates on the future.
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"

data = pd.read_csv("train.csv")
print(data.head())
print(data[TARGET].mean(), data["customer_id"].nunique())

data = data.drop(columns=["retention_offer_accepted", "account_closed_date_known"])
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
data = data.sort_values("snapshot_month").reset_index(drop=True)
data["tickets_per_tenure"] = data["support_tickets_30d"] / data["tenure_months"].clip(lower=1)
data["has_discount"] = data["has_discount"].astype(int)

numeric = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d", "tickets_per_tenure", "has_discount"]
categorical = ["plan", "region"]

X = data[numeric + categorical]
y = data[TARGET]

preprocess = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])

rows = []
tscv = TimeSeriesSplit(n_splits=4)
for k, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    model = Pipeline([
        ("prep", preprocess),
        ("lr", LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")),
    ])
    model.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    p = model.predict_proba(X.iloc[va_idx])[:, 1]
    prior = np.full(len(va_idx), y.iloc[tr_idx].mean())
    rows.append({
        "fold": k,
        "valid_from": data["snapshot_month"].iloc[va_idx].min().date(),
        "auc": roc_auc_score(y.iloc[va_idx], p),
        "ap": average_precision_score(y.iloc[va_idx], p),
        "baseline_ap": average_precision_score(y.iloc[va_idx], prior),
    })

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print("mean AUC %.4f | mean AP %.4f vs baseline AP %.4f" % (res.auc.mean(), res.ap.mean(), res.baseline_ap.mean()))
