"""Take-home: 60-day churn for subscription customers.

Data layout (all CSV, one folder):
  customers.csv        customer_id, signup_date, signup_plan, region
  transactions.csv     customer_id, txn_ts, amount, category
  support_tickets.csv  ticket_id, customer_id, opened_at, severity
  snapshots.csv        snapshot_id, customer_id, snapshot_date, churned_60d  (labels)

One snapshot per customer per month; the model scores a customer on
snapshot_date and the label says whether they churn in the next 60 days.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

customers = pd.read_csv("customers.csv", parse_dates=["signup_date"])
txns = pd.read_csv("transactions.csv", parse_dates=["txn_ts"])
tickets = pd.read_csv("support_tickets.csv", parse_dates=["opened_at"])
snaps = pd.read_csv("snapshots.csv", parse_dates=["snapshot_date"])
keys = snaps[["snapshot_id", "customer_id", "snapshot_date"]]

# ------------------------------------------------------------------
# Transaction features
# ------------------------------------------------------------------

# lifetime spend profile of each customer
lifetime = (
    txns.groupby("customer_id")
    .agg(txn_count=("amount", "size"), txn_total=("amount", "sum"),
         txn_mean=("amount", "mean"), last_txn_ts=("txn_ts", "max"))
    .reset_index()
)
txn_feats = keys.merge(lifetime, on="customer_id", how="left")
txn_feats["days_since_last_txn"] = (txn_feats["snapshot_date"] - txn_feats["last_txn_ts"]).dt.days
txn_feats = txn_feats.drop(columns=["customer_id", "snapshot_date", "last_txn_ts"])

# ------------------------------------------------------------------
# Support tickets opened in the 90 days before the snapshot
# ------------------------------------------------------------------
tk = keys.merge(tickets, on="customer_id", how="inner")
in_window = (tk["opened_at"] < tk["snapshot_date"]) & (
    tk["opened_at"] >= tk["snapshot_date"] - pd.Timedelta(days=90)
)
tk = tk.loc[in_window]
ticket_feats = (
    tk.groupby("snapshot_id")
    .agg(tickets_90d=("ticket_id", "nunique"),
         high_sev_90d=("severity", lambda s: int((s == "high").sum())))
    .reset_index()
)

# ------------------------------------------------------------------
# Assemble the modelling table (one row per snapshot)
# ------------------------------------------------------------------
df = (
    snaps.merge(txn_feats, on="snapshot_id", how="left")
    .merge(ticket_feats, on="snapshot_id", how="left")
    .merge(customers, on="customer_id", how="left")
)
zero_fill = ["txn_count", "txn_total", "tickets_90d", "high_sev_90d"]
df[zero_fill] = df[zero_fill].fillna(0)
df["tenure_days"] = (df["snapshot_date"] - df["signup_date"]).dt.days
df["log_txn_total"] = np.log1p(df["txn_total"].clip(lower=0))
df = pd.get_dummies(df, columns=["signup_plan", "region"], dtype=int)

non_features = {"snapshot_id", "customer_id", "snapshot_date", "signup_date", "churned_60d"}
feature_cols = [c for c in df.columns if c not in non_features]

# ------------------------------------------------------------------
# Out-of-time, out-of-customer evaluation
# ------------------------------------------------------------------
cutoff = pd.Timestamp("2023-07-01")
train = df[df["snapshot_date"] < cutoff]
test = df[df["snapshot_date"] >= cutoff]
test = test[~test["customer_id"].isin(train["customer_id"].unique())]
print(f"train rows: {len(train)}  test rows: {len(test)}")
print(f"train churn rate: {train['churned_60d'].mean():.3f}")

X_train, y_train = train[feature_cols], train["churned_60d"]
X_test, y_test = test[feature_cols], test["churned_60d"]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
model.fit(X_train, y_train)

for name, est in [("baseline (prior)", baseline), ("hist gbm", model)]:
    proba = est.predict_proba(X_test)[:, 1]
    print(f"{name:18s} ROC AUC {roc_auc_score(y_test, proba):.3f}"
          f"  PR AUC {average_precision_score(y_test, proba):.3f}")
