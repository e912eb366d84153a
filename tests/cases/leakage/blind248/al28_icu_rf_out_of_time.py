# Deterioration within 6h - ICU stay-hours
# compare a small "vitals only" logistic baseline with a random forest on the full feature set
# evaluation: out-of-time, stays admitted from 2022-07-01 on

import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, confusion_matrix

target = "deterioration_6h"
hours = pd.read_csv("train.csv", parse_dates=["charttime", "admit_time"])
hours = hours.sort_values(["stay_id", "charttime"]).reset_index(drop=True)
print(hours.shape)
print(hours.groupby(hours.charttime.dt.to_period("Q"))[target].mean())

vitals = ["heart_rate", "resp_rate", "spo2", "sbp", "dbp", "temp_c", "gcs", "fio2"]
labs = ["lactate", "creatinine", "wbc"]
by_stay = hours.groupby("stay_id")
hours[vitals + labs] = by_stay[vitals + labs].ffill()

for v in vitals:
    hours[f"{v}_prev"] = by_stay[v].shift(1)
    hours[f"{v}_chg"] = hours[v] - hours[f"{v}_prev"]
hours["lactate_rising"] = (hours["lactate"] > by_stay["lactate"].shift(1)).astype(int)
hours["los_hours"] = (hours["charttime"] - hours["admit_time"]).dt.total_seconds() / 3600
hours["age_over_75"] = (hours["age"] >= 75).astype(int)

features = (vitals + labs + [f"{v}_chg" for v in vitals]
            + ["lactate_rising", "los_hours", "age", "age_over_75"])

# ---- out-of-time split, whole stays ----
# a stay that is running at the cutoff would have its first hours in train and the rest in test,
# so those stays are dropped: train = stays over before the cutoff, test = stays admitted after it
cutoff = pd.Timestamp("2022-07-01")
stay_first = by_stay["charttime"].transform("min")
stay_last = by_stay["charttime"].transform("max")
train = hours[stay_last < cutoff]
test = hours[stay_first >= cutoff]
print("stays dropped at the cutoff:", hours.loc[(stay_first < cutoff) & (stay_last >= cutoff), "stay_id"].nunique())
print(f"train {len(train)} hrs  test {len(test)} hrs  test event rate {test[target].mean():.3f}")

baseline = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                         LogisticRegression(max_iter=1000))
baseline.fit(train[["heart_rate", "resp_rate", "spo2", "sbp"]], train[target])
pb = baseline.predict_proba(test[["heart_rate", "resp_rate", "spo2", "sbp"]])[:, 1]

rf = make_pipeline(SimpleImputer(strategy="median"),
                   RandomForestClassifier(n_estimators=400, min_samples_leaf=25, max_features=0.4,
                                          class_weight="balanced_subsample", n_jobs=-1, random_state=17))
rf.fit(train[features], train[target])
pr = rf.predict_proba(test[features])[:, 1]

for name, p in [("baseline (4 vitals LR)", pb), ("random forest", pr)]:
    print(f"{name:24s} AUROC={roc_auc_score(test[target], p):.3f}  AUPRC={average_precision_score(test[target], p):.3f}")

print(confusion_matrix(test[target], pr > 0.5))
