"""Churn take-home: quick random-forest model on as-of features.

Tables: customers.csv, transactions.csv, support_tickets.csv; labels in
snapshots.csv (snapshot_id, customer_id, snapshot_date, churned_60d).
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

customers = pd.read_csv("customers.csv", parse_dates=["signup_date"])
txns = pd.read_csv("transactions.csv", parse_dates=["txn_ts"]).sort_values("txn_ts")
tickets = pd.read_csv("support_tickets.csv", parse_dates=["opened_at"]).sort_values("opened_at")
snaps = pd.read_csv("snapshots.csv", parse_dates=["snapshot_date"]).sort_values("snapshot_date")

# running totals per customer, then an as-of join: last state strictly before the snapshot
txns["cum_spend"] = txns.groupby("customer_id")["amount"].cumsum()
txns["cum_txn"] = txns.groupby("customer_id").cumcount() + 1
df = pd.merge_asof(
    snaps, txns[["customer_id", "txn_ts", "cum_spend", "cum_txn"]],
    left_on="snapshot_date", right_on="txn_ts", by="customer_id",
    direction="backward", allow_exact_matches=False,
)
df["days_since_txn"] = (df["snapshot_date"] - df["txn_ts"]).dt.days

tickets["n_tickets_so_far"] = tickets.groupby("customer_id").cumcount() + 1
df = pd.merge_asof(
    df.sort_values("snapshot_date"), tickets[["customer_id", "opened_at", "n_tickets_so_far"]],
    left_on="snapshot_date", right_on="opened_at", by="customer_id",
    direction="backward", allow_exact_matches=False,
)
df["days_since_ticket"] = (df["snapshot_date"] - df["opened_at"]).dt.days

df = df.merge(customers, on="customer_id", how="left")
df["tenure_days"] = (df["snapshot_date"] - df["signup_date"]).dt.days
df = pd.get_dummies(df, columns=["signup_plan", "region"], dtype=int)
fill = {"cum_spend": 0, "cum_txn": 0, "n_tickets_so_far": 0, "days_since_txn": 999, "days_since_ticket": 999}
df = df.fillna(fill)

X_cols = [c for c in df.columns
          if c not in ("snapshot_id", "customer_id", "snapshot_date", "txn_ts", "opened_at", "signup_date", "churned_60d")]

t0 = pd.Timestamp("2023-08-01")
train = df[df["snapshot_date"] < t0]
test = df[df["snapshot_date"] >= t0]
test = test[~test["customer_id"].isin(train["customer_id"])]

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=10, class_weight="balanced", n_jobs=-1, random_state=0)
rf.fit(train[X_cols], train["churned_60d"])
majority = DummyClassifier(strategy="most_frequent").fit(train[X_cols], train["churned_60d"])


pred = rf.predict(test[X_cols])
print("majority baseline accuracy:", round(accuracy_score(test["churned_60d"], majority.predict(test[X_cols])), 4))
print("random forest accuracy:    ", round(accuracy_score(test["churned_60d"], pred), 4))
