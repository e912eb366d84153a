"""Take-home: predict a cell-tower outage in the next hour.

Data: one row per tower per hour (KPI counters from the OSS export).
Plan: lag/rolling features per tower -> gradient boosting -> PR-AUC, since
outages are rare (~4% of tower-hours).
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (average_precision_score, roc_auc_score,
                             precision_score, recall_score)

df = pd.read_csv("train.csv", parse_dates=["hour_ts"])
print(df.shape)
print("outage rate:", round(df["outage_next_hour"].mean(), 4))
print(df.groupby("vendor")["outage_next_hour"].mean().sort_values())

# --- features -------------------------------------------------------------
df = df.sort_values(["tower_id", "hour_ts"]).reset_index(drop=True)
kpis = ["prb_util_pct", "drop_call_rate", "ho_fail_rate", "backhaul_latency_ms",
        "pkt_loss_pct", "cabinet_temp_c", "battery_soc_pct", "alarm_count"]
g = df.groupby("tower_id")
for c in kpis:
    df[f"{c}_lag1"] = g[c].shift(1)
    df[f"{c}_lag24"] = g[c].shift(24)   # same hour yesterday
    df[f"{c}_mean6h"] = g[c].transform(
        lambda s: s.shift(1).rolling(6, min_periods=1).mean())
df["alarm_jump"] = df["alarm_count"] - df["alarm_count_lag1"]
df["batt_drop"] = df["battery_soc_pct_lag1"] - df["battery_soc_pct"]
df["hour"] = df["hour_ts"].dt.hour
df["dow"] = df["hour_ts"].dt.dayofweek
df["mains_power_ok"] = df["mains_power_ok"].astype(int)
df = pd.get_dummies(df, columns=["vendor", "tech", "region"], dtype=int)

target = "outage_next_hour"
drop_cols = ["record_id", "tower_id", "hour_ts", target,
             "trouble_ticket_opened", "outage_minutes"]
X = df.drop(columns=drop_cols)
y = df[target]
print("n features:", X.shape[1])

# --- split ------------------------------------------------------------------
# stratify so both sides keep the ~4% outage rate
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42)

# --- baseline ---------------------------------------------------------------
base = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_base = base.predict_proba(X_test)[:, 1]
print("baseline PR-AUC:", round(average_precision_score(y_test, p_base), 4))

# --- model ------------------------------------------------------------------
clf = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
    class_weight="balanced", random_state=42)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("PR-AUC :", round(average_precision_score(y_test, proba), 4))
print("ROC-AUC:", round(roc_auc_score(y_test, proba), 4))
print("precision@0.5:", round(precision_score(y_test, pred), 3))
print("recall@0.5   :", round(recall_score(y_test, pred), 3))
