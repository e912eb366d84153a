"""Churn snapshots: customer profile + current-month features.

Idea: a customer's "normal" behaviour matters more than a single month.
Profile columns (per-customer spend/login/ticket levels up to the previous
month: expanding windows shifted by one) sit next to the current snapshot.

Validation: months Jan-Jun of 80% of customers -> Jul-Sep of the other 20%.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

TARGET = "churned_next_month"

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
df = pd.concat([train, test], ignore_index=True)
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)


def add_profile(d: pd.DataFrame) -> pd.DataFrame:
    g = d.groupby("customer_id")
    d["cust_spend_mean"] = g["monthly_spend"].transform(lambda s: s.shift(1).expanding().mean())
    d["cust_logins_mean"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    d["cust_tickets_max"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).expanding().max())
    return d


def add_lags(d: pd.DataFrame) -> pd.DataFrame:
    g = d.groupby("customer_id")
    d["logins_prev"] = g["logins_30d"].shift(1)
    d["spend_prev"] = g["monthly_spend"].shift(1)
    d["tickets_prev"] = g["support_tickets_30d"].shift(1)
    return d


df = add_lags(add_profile(df))
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
df = df.fillna(-1)   # RF cannot take NaN; -1 = "no history"

leak = ["retention_offer_accepted", "account_closed_date_known"]
X_cols = [c for c in df.columns if c not in ["snapshot_id", "customer_id", "snapshot_month", TARGET] + leak]

known = df[df["snapshot_month"] < "2024-10-01"].copy()
future = df[df["snapshot_month"] >= "2024-10-01"].copy()

customers = np.array(sorted(known["customer_id"].unique()))
rng = np.random.default_rng(0)
rng.shuffle(customers)
hold = set(customers[: len(customers) // 5])
fit_rows = known[~known["customer_id"].isin(hold) & (known["snapshot_month"] < "2024-07-01")]
val_rows = known[known["customer_id"].isin(hold) & (known["snapshot_month"] >= "2024-07-01")]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=0)
rf.fit(fit_rows[X_cols], fit_rows[TARGET])
prob = rf.predict_proba(val_rows[X_cols])[:, 1]

base = DummyClassifier(strategy="prior").fit(fit_rows[X_cols], fit_rows[TARGET])
prob_base = base.predict_proba(val_rows[X_cols])[:, 1]

y_val = val_rows[TARGET]
print("RF       auc %.4f  ap %.4f  recall@0.5 %.3f" % (
    roc_auc_score(y_val, prob), average_precision_score(y_val, prob), recall_score(y_val, prob > 0.5)))
print("baseline auc %.4f  ap %.4f" % (roc_auc_score(y_val, prob_base), average_precision_score(y_val, prob_base)))

rf.fit(known[X_cols], known[TARGET])
future["prediction"] = rf.predict_proba(future[X_cols])[:, 1]
future[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
