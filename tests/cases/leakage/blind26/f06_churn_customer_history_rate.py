import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "churned_next_month"

snap = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
events = pd.read_csv("events.csv", parse_dates=["event_ts"])
snap = snap.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

# trailing 90-day activity, strictly before the snapshot date
m = snap[["snapshot_id", "customer_id", "snapshot_month"]].merge(events, on="customer_id")
m = m[(m.event_ts < m.snapshot_month) & (m.event_ts >= m.snapshot_month - pd.Timedelta(days=90))]
act = m.pivot_table(index="snapshot_id", columns="event_type", values="event_ts",
                    aggfunc="count", fill_value=0).add_prefix("n90_")
snap = snap.merge(act, left_on="snapshot_id", right_index=True, how="left")
act_cols = list(act.columns)
snap[act_cols] = snap[act_cols].fillna(0)


def add_history(frame, key, col, prefix):
    grp = frame.groupby(key)[col]
    frame[f"{prefix}_rate"] = grp.transform(lambda s: s.expanding().mean())
    frame[f"{prefix}_count"] = grp.transform(lambda s: s.expanding().sum())
    return frame


snap = add_history(snap, "customer_id", TARGET, "hist_churn")
snap = add_history(snap, "customer_id", "n90_ticket", "hist_ticket")
snap["months_on_book"] = snap.groupby("customer_id").cumcount()

features = (["monthly_fee", "tenure_months", "n_products", "months_on_book"]
            + act_cols
            + ["hist_churn_rate", "hist_churn_count", "hist_ticket_rate"])

cut = pd.Timestamp("2023-09-01")
train = snap[snap.snapshot_month < cut]
test = snap[snap.snapshot_month >= cut]
test = test[~test.customer_id.isin(set(train.customer_id))]

model = XGBClassifier(n_estimators=600, max_depth=4, learning_rate=0.03,
                      subsample=0.8, colsample_bytree=0.8, eval_metric="logloss")
model.fit(train[features], train[TARGET])
p = model.predict_proba(test[features])[:, 1]

print("ROC AUC:", round(roc_auc_score(test[TARGET], p), 4))
print("PR AUC:", round(average_precision_score(test[TARGET], p), 4))
print("F1@0.5:", round(f1_score(test[TARGET], p > 0.5), 4))
