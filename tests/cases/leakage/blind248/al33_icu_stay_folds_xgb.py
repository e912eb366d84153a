"""ICU early warning (6h horizon) - cross-validated XGBoost.

5 folds with whole ICU stays kept together, dummy prior model scored on the same folds.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import GroupKFold
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

Y = "deterioration_6h"
SIGNALS = ["heart_rate", "resp_rate", "spo2", "sbp", "dbp", "temp_c", "gcs", "fio2", "lactate", "creatinine", "wbc"]

d = pd.read_csv("train.csv", parse_dates=["charttime", "admit_time"])
d = d.sort_values(["stay_id", "charttime"]).reset_index(drop=True)
print(d.shape, d.stay_id.nunique(), d[Y].mean().round(4))

gs = d.groupby("stay_id")
d[SIGNALS] = gs[SIGNALS].ffill()
for s in ["heart_rate", "resp_rate", "sbp", "spo2", "lactate"]:
    d[s + "_lag1"] = gs[s].shift(1)
    d[s + "_lag3"] = gs[s].shift(3)
    d[s + "_slope3"] = (d[s] - d[s + "_lag3"]) / 3
d["hrs"] = (d.charttime - d.admit_time).dt.total_seconds() / 3600
d["emerg"] = d.admission_type.eq("emergency").astype(int)
d["male"] = d.sex.eq("M").astype(int)

X_COLS = SIGNALS + [c for c in d.columns if c.endswith(("_lag1", "_lag3", "_slope3"))] + ["hrs", "emerg", "male", "age"]
X, y = d[X_COLS], d[Y]

params = dict(n_estimators=350, max_depth=5, learning_rate=0.05, subsample=0.8,
              colsample_bytree=0.7, min_child_weight=5, eval_metric="logloss", n_jobs=-1)

rows = []
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups=d.stay_id)):
    m = xgb.XGBClassifier(**params).fit(X.iloc[tr], y.iloc[tr])
    p = m.predict_proba(X.iloc[va])[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr]).predict_proba(X.iloc[va])[:, 1]
    rows.append({"fold": k, "auroc": roc_auc_score(y.iloc[va], p), "auprc": average_precision_score(y.iloc[va], p),
                 "auprc_dummy": average_precision_score(y.iloc[va], p0)})

res = pd.DataFrame(rows)
print(res.round(3))
print(res.mean().round(3))
