"""Churn take-home: 5-fold GroupKFold over customers with a small Keras network.

Target `churned_30d` (monthly snapshots). Features: account fields + event counts in the
30 days before each snapshot. GroupKFold keeps each customer's snapshots in one fold.
Per fold: scaler fitted on the training folds, fixed 15 epochs (no early stopping),
ROC AUC / AP on the held-out fold next to a prior baseline.
"""
import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

snap = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
events = pd.read_csv("events.csv", parse_dates=["event_time"])
ev = events.merge(snap[["customer_id", "snapshot_date"]], on="customer_id")
ev = ev[(ev["event_time"] < ev["snapshot_date"]) & (ev["event_time"] >= ev["snapshot_date"] - pd.Timedelta(days=30))]
counts = (ev.groupby(["customer_id", "snapshot_date", "event_type"]).size()
            .unstack(fill_value=0).add_prefix("n30_").reset_index())
snap = snap.merge(counts, on=["customer_id", "snapshot_date"], how="left")
COUNT_COLS = [c for c in snap.columns if c.startswith("n30_")]
snap[COUNT_COLS] = np.log1p(snap[COUNT_COLS].fillna(0))
FEATURES = ["monthly_fee", "tenure_months", "support_calls_30d"] + COUNT_COLS
X, y, groups = snap[FEATURES].to_numpy("float32"), snap["churned_30d"].to_numpy(), snap["customer_id"].to_numpy()


def build_model(n_in):
    m = keras.Sequential([keras.Input(shape=(n_in,)), layers.Dense(32, activation="relu"),
                          layers.Dropout(0.2), layers.Dense(1, activation="sigmoid")])
    m.compile(optimizer="adam", loss="binary_crossentropy")
    return m


rows = []
for fold, (tr, te) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    scaler = StandardScaler().fit(X[tr])
    model = build_model(X.shape[1])
    model.fit(scaler.transform(X[tr]), y[tr], epochs=15, batch_size=256, verbose=0)
    p = model.predict(scaler.transform(X[te]), verbose=0).ravel()
    prior = np.full(len(te), y[tr].mean())
    rows.append({"fold": fold, "auc": roc_auc_score(y[te], p), "ap": average_precision_score(y[te], p),
                 "prior_baseline_ap": average_precision_score(y[te], prior)})

report = pd.DataFrame(rows)
print(report)
print(report[["auc", "ap", "prior_baseline_ap"]].agg(["mean", "std"]))
