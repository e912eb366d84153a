"""Failure model v3: the new telemetry schema (40 raw channels ch_01..ch_40).

Since the March schema change the PLCs stream 40 raw channels instead of the 5
aggregated sensors, and the v2 feature job no longer runs. Pick the most
informative channels and retrain; evaluate on new installs (machines without
history before the cut-off), which is where v3 is deployed first.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

CUTOFF = pd.Timestamp("2024-05-01")
K = 12

tele = pd.read_parquet("data/machine_daily_v3.parquet")
tele["reading_date"] = pd.to_datetime(tele["reading_date"])
tele = tele.sort_values(["machine_id", "reading_date"]).reset_index(drop=True)
channels = [c for c in tele.columns if c.startswith("ch_")]
print(len(channels), "channels;", tele.shape)
print(tele[channels].describe().T[["mean", "std", "min", "max"]].round(2).head(10))

base_cols = ["age_days", "hours_since_service", "error_count_24h"]
# dropped packets: carry each machine's last reading, channels never seen -> 0
X_all = tele.groupby("machine_id")[channels].ffill().fillna(0.0)
y_all = tele["failure_7d"]

selector = SelectKBest(score_func=lambda X, y: mutual_info_classif(X, y, random_state=0), k=K)
selector.fit(X_all, y_all)
chosen = [c for c, keep in zip(channels, selector.get_support()) if keep]
print("selected channels:", chosen)

frame = pd.concat([tele[["machine_id", "reading_date", "failure_7d"] + base_cols], X_all[chosen]], axis=1)
train = frame[frame["reading_date"] < CUTOFF]
test = frame[(frame["reading_date"] >= CUTOFF) & (~frame["machine_id"].isin(train["machine_id"].unique()))]
print(f"train {len(train)}  test {len(test)} ({test.machine_id.nunique()} new machines)")

features = base_cols + chosen
gbc = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=0)
gbc.fit(train[features], train["failure_7d"])
prior = DummyClassifier(strategy="prior").fit(train[features], train["failure_7d"])

for name, m in [("prior baseline", prior), ("gbc top-k channels", gbc)]:
    p = m.predict_proba(test[features])[:, 1]
    print(f"{name:20s} AP={average_precision_score(test['failure_7d'], p):.3f} "
          f"AUC={roc_auc_score(test['failure_7d'], p):.3f} Brier={brier_score_loss(test['failure_7d'], p):.4f}")
