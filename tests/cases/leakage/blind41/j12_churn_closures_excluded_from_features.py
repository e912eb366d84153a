"""Churn take-home, second pass: windowed features and the closures table.

Inputs: customers.csv, transactions.csv, support_tickets.csv,
account_closures.csv (customer_id, closed_at, closure_reason) and the label
table snapshots.csv (snapshot_id, customer_id, snapshot_date, churned_60d).
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

customers = pd.read_csv("customers.csv", parse_dates=["signup_date"])
txns = pd.read_csv("transactions.csv", parse_dates=["txn_ts"])
tickets = pd.read_csv("support_tickets.csv", parse_dates=["opened_at"])
closures = pd.read_csv("account_closures.csv", parse_dates=["closed_at"])
snaps = pd.read_csv("snapshots.csv", parse_dates=["snapshot_date"])

keys = snaps[["snapshot_id", "customer_id", "snapshot_date"]]


def window_agg(events, ts_col, days, aggs):
    """Aggregate events in the `days` before each snapshot (snapshot day excluded)."""
    m = keys.merge(events, on="customer_id", how="inner")
    start = m["snapshot_date"] - pd.Timedelta(days=days)
    m = m.loc[(m[ts_col] < m["snapshot_date"]) & (m[ts_col] >= start)]
    out = m.groupby("snapshot_id").agg(**aggs)
    out.columns = [f"{c}_{days}d" for c in out.columns]
    return out


parts = [
    window_agg(txns, "txn_ts", 30, {"n_txn": ("amount", "size"), "spend": ("amount", "sum")}),
    window_agg(txns, "txn_ts", 90, {"n_txn": ("amount", "size"), "spend": ("amount", "sum"),
                                    "max_txn": ("amount", "max")}),
    window_agg(tickets, "opened_at", 90, {"tickets": ("ticket_id", "nunique")}),
]
df = snaps.set_index("snapshot_id").join(parts, how="left").reset_index()
count_cols = [c for c in df.columns if c.startswith(("n_txn_", "spend_", "max_txn_", "tickets_"))]
df[count_cols] = df[count_cols].fillna(0)
df["spend_trend"] = df["spend_30d"] - df["spend_90d"] / 3
df = df.merge(customers, on="customer_id", how="left")
df["tenure_days"] = (df["snapshot_date"] - df["signup_date"]).dt.days
df = pd.get_dummies(df, columns=["signup_plan", "region"], dtype=int)

# closures table: one row per customer who closed the account
print(closures["closure_reason"].value_counts())
REASON_CODES = {"still_open": 0, "price": 1, "competitor": 2, "service": 3, "moved": 4, "other": 5}
df = df.merge(closures[["customer_id", "closure_reason"]], on="customer_id", how="left")
df["closure_reason"] = df["closure_reason"].fillna("still_open").map(REASON_CODES).fillna(5)


# closure_reason is written when the account closes, i.e. after the outcome: never a feature
NON_FEATURES = {"snapshot_id", "customer_id", "snapshot_date", "signup_date", "churned_60d", "closure_reason"}
features = [c for c in df.columns if c not in NON_FEATURES]

# time cut; the test period only keeps customers with no snapshot in training
split_at = pd.Timestamp("2023-10-01")
train = df[df["snapshot_date"] < split_at]
test = df[(df["snapshot_date"] >= split_at) & ~df["customer_id"].isin(train["customer_id"])]

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=1)
gbm.fit(train[features], train["churned_60d"])
dummy = DummyClassifier(strategy="prior").fit(train[features], train["churned_60d"])

for label, est in [("dummy (prior)", dummy), ("gbm", gbm)]:
    p = est.predict_proba(test[features])[:, 1]
    print(label, "roc_auc", round(roc_auc_score(test["churned_60d"], p), 3),
          "avg_precision", round(average_precision_score(test["churned_60d"], p), 3))

print(pd.Series(gbm.feature_importances_, index=features).nlargest(10))
