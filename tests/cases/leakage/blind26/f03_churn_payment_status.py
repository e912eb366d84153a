import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

snapshots = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
payments = pd.read_csv("payments.csv", parse_dates=["paid_ts"])
tickets = pd.read_csv("tickets.csv", parse_dates=["opened_ts"])

# ---- payment status at the snapshot ----------------------------------------
payments = payments.sort_values("paid_ts")
payments["failed"] = (payments["status"] != "ok").astype(int)
payments["failed_3"] = (payments.groupby("customer_id")["failed"]
                        .transform(lambda s: s.rolling(3, min_periods=1).sum()))
pay_view = payments[["customer_id", "paid_ts", "amount", "failed", "failed_3"]]

snapshots = snapshots.sort_values("snapshot_month")
snapshots = pd.merge_asof(
    snapshots, pay_view,
    left_on="snapshot_month", right_on="paid_ts",
    by="customer_id", direction="nearest",
    tolerance=pd.Timedelta(days=45),
)
snapshots = snapshots.rename(columns={"amount": "last_amount", "failed": "last_failed"})
snapshots["gap_days"] = (snapshots["snapshot_month"] - snapshots["paid_ts"]).dt.days.abs()

# ---- tickets in the 60 days before the snapshot ------------------------------
t = snapshots[["snapshot_id", "customer_id", "snapshot_month"]].merge(tickets, on="customer_id")
t = t[(t.opened_ts < t.snapshot_month) & (t.opened_ts >= t.snapshot_month - pd.Timedelta(days=60))]
n_tickets = t.groupby("snapshot_id").size().rename("tickets_60d")
snapshots = snapshots.merge(n_tickets, left_on="snapshot_id", right_index=True, how="left")
snapshots["tickets_60d"] = snapshots["tickets_60d"].fillna(0)

cols = ["monthly_fee", "tenure_months", "n_products", "last_amount",
        "last_failed", "failed_3", "gap_days", "tickets_60d"]
snapshots[cols] = snapshots[cols].fillna(0)

# ---- train on 2022, evaluate on 2023 ------------------------------------------
train_mask = snapshots.snapshot_month.dt.year <= 2022
test_mask = snapshots.snapshot_month.dt.year == 2023
X_tr, y_tr = snapshots.loc[train_mask, cols], snapshots.loc[train_mask, "churned_next_month"]
X_te, y_te = snapshots.loc[test_mask, cols], snapshots.loc[test_mask, "churned_next_month"]

pipe = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))
pipe.fit(X_tr, y_tr)
proba = pipe.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
base_proba = base.predict_proba(X_te)[:, 1]

print(f"baseline: auc={roc_auc_score(y_te, base_proba):.3f} brier={brier_score_loss(y_te, base_proba):.4f}")
print(f"logreg:   auc={roc_auc_score(y_te, proba):.3f} brier={brier_score_loss(y_te, proba):.4f} "
      f"ap={average_precision_score(y_te, proba):.3f}")
coefs = pd.Series(pipe[-1].coef_[0], index=cols).sort_values()
print(coefs)
