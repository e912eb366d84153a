# Outage next hour per tower -- logistic regression benchmark
# (wanted a linear model first before trying trees; needs scaled inputs)

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

df = pd.read_csv("train.csv", parse_dates=["hour_ts"])
df = df.sort_values(["tower_id", "hour_ts"]).reset_index(drop=True)

kpi = ["traffic_erl", "prb_util_pct", "rrc_conn_avg", "drop_call_rate", "ho_fail_rate",
       "backhaul_latency_ms", "pkt_loss_pct", "cabinet_temp_c", "battery_soc_pct", "alarm_count"]
for k in kpi:
    df[k + "_p1"] = df.groupby("tower_id")[k].shift(1)
df["night"] = df["hour_ts"].dt.hour.isin(range(0, 6)).astype(int)
df["mains_power_ok"] = df["mains_power_ok"].astype(int)
df["latency_log"] = np.log1p(df["backhaul_latency_ms"])

cols = kpi + [k + "_p1" for k in kpi] + ["night", "mains_power_ok", "latency_log"]

X = df[cols].copy()
y = df["outage_next_hour"]

# holdout = 20% of towers, from June on; training = the rest, before June
cut = pd.Timestamp("2023-06-01")
towers = df["tower_id"].unique()
held = pd.Series(towers).sample(frac=0.2, random_state=8).tolist()
tr_mask = ~df["tower_id"].isin(held) & (df["hour_ts"] < cut)
te_mask = df["tower_id"].isin(held) & (df["hour_ts"] >= cut)

X_tr, y_tr = X[tr_mask], y[tr_mask]
X_te, y_te = X[te_mask], y[te_mask]

# missing lags / counters -> median, then z-score; all statistics from the training rows
med = X_tr.median()
X_tr, X_te = X_tr.fillna(med), X_te.fillna(med)
mu, sd = X_tr.mean(), X_tr.std()
X_tr, X_te = (X_tr - mu) / sd, (X_te - mu) / sd

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
lr = LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000).fit(X_tr, y_tr)

for name, m in [("dummy", dummy), ("logreg", lr)]:
    p = m.predict_proba(X_te)[:, 1]
    print(f"{name:7s} ROC-AUC {roc_auc_score(y_te, p):.3f}  "
          f"AP {average_precision_score(y_te, p):.4f}  logloss {log_loss(y_te, p):.4f}")

coefs = pd.Series(lr.coef_[0], index=cols).sort_values()
print(coefs.head(5)); print(coefs.tail(5))
