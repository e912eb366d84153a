# Device-level failure prediction for the compressor fleet.
# One row per device: sensor summaries over the first 60 days of telemetry,
# label = device had a failure ticket in the following 30 days.

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from xgboost import XGBClassifier

OBS_DAYS = 60
HORIZON_DAYS = 30

tele = pd.read_csv("telemetry.csv", parse_dates=["datetime"])
tickets = pd.read_csv("failures.csv", parse_dates=["datetime"])
meta = pd.read_csv("machines.csv")          # machineID, model, age

start = tele["datetime"].min()
obs_end = start + pd.Timedelta(days=OBS_DAYS)
lab_end = obs_end + pd.Timedelta(days=HORIZON_DAYS)

obs = tele[tele["datetime"] < obs_end]
sensors = ["volt", "rotate", "pressure", "vibration"]

agg = obs.groupby("machineID")[sensors].agg(["mean", "std", "min", "max", "skew"])
agg.columns = ["_".join(c) for c in agg.columns]

# last-week behaviour vs the whole window
last_week = obs[obs["datetime"] >= obs_end - pd.Timedelta(days=7)]
lw = last_week.groupby("machineID")[sensors].mean().add_suffix("_lastweek")
dev = pd.concat([agg, lw], axis=1)
for s in sensors:
    dev[f"{s}_drift"] = dev[f"{s}_lastweek"] - dev[f"{s}_mean"]

in_window = tickets[(tickets["datetime"] >= obs_end) & (tickets["datetime"] < lab_end)]
failed = set(in_window["machineID"])

dev = dev.join(meta.set_index("machineID"))
dev = pd.get_dummies(dev, columns=["model"])
dev["failed"] = dev.index.isin(failed).astype(int)
print(dev.shape, "failure rate:", round(dev["failed"].mean(), 3))

X = dev.drop(columns="failed").fillna(0).values
y = dev["failed"].values

# balance the classes so the models see enough failures
X_res, y_res = SMOTE(k_neighbors=3, random_state=3).fit_resample(X, y)
print("after SMOTE:", np.bincount(y_res))

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=3000)),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=2, random_state=3),
    "xgb": XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                         subsample=0.9, eval_metric="logloss"),
}

rows = []
for name, est in candidates.items():
    cv = cross_validate(est, X_res, y_res, cv=skf,
                        scoring={"auc": "roc_auc", "f1": "f1", "recall": "recall"})
    rows.append({"model": name,
                 "auc": cv["test_auc"].mean(),
                 "auc_sd": cv["test_auc"].std(),
                 "f1": cv["test_f1"].mean(),
                 "recall": cv["test_recall"].mean()})

print(pd.DataFrame(rows).round(3).to_string(index=False))
