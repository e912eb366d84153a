"""Peak gas day - which inputs matter?

Compare three feature sets (weather only / + calendar / + network state) with the
same logistic regression, chronological split, and keep the best.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

gas = pd.read_csv("train.csv", parse_dates=["gas_day"]).sort_values("gas_day").reset_index(drop=True)
gas["dow"] = gas.gas_day.dt.dayofweek
gas["weekend"] = (gas.dow >= 5).astype(int)
gas["winter"] = gas.gas_day.dt.month.isin([12, 1, 2]).astype(int)
gas["hdd_lag1"] = gas.hdd_fcst.shift(1)
gas = gas.dropna(subset=["hdd_lag1"])

FEATURE_SETS = {
    "weather": ["temp_fcst_mean_c", "temp_fcst_min_c", "wind_fcst_ms", "hdd_fcst", "hdd_lag1"],
    "weather+calendar": ["temp_fcst_mean_c", "temp_fcst_min_c", "wind_fcst_ms", "hdd_fcst", "hdd_lag1",
                         "weekend", "winter", "is_holiday"],
    "weather+calendar+network": ["temp_fcst_mean_c", "temp_fcst_min_c", "wind_fcst_ms", "hdd_fcst", "hdd_lag1",
                                 "weekend", "winter", "is_holiday", "sendout_prev_day_mcm", "storage_level_pct"],
}

split_day = pd.Timestamp("2022-10-01")
train = gas[gas.gas_day < split_day]
test = gas[gas.gas_day >= split_day]

results = {}
for name, cols in FEATURE_SETS.items():
    clf = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=1000))
    clf.fit(train[cols], train.peak_day)
    p = clf.predict_proba(test[cols])[:, 1]
    results[name] = {"pr_auc": average_precision_score(test.peak_day, p),
                     "roc_auc": roc_auc_score(test.peak_day, p)}

res = pd.DataFrame(results).T.sort_values("pr_auc", ascending=False)
print(res.round(3))

best = res.index[0]
dummy = DummyClassifier(strategy="prior").fit(train[FEATURE_SETS[best]], train.peak_day)
p0 = dummy.predict_proba(test[FEATURE_SETS[best]])[:, 1]
print(f"\nbest feature set: {best}")
print(f"  test PR AUC  {res.loc[best, 'pr_auc']:.3f}   (prior baseline {average_precision_score(test.peak_day, p0):.3f})")
print(f"  test ROC AUC {res.loc[best, 'roc_auc']:.3f}   (prior baseline {roc_auc_score(test.peak_day, p0):.3f})")
