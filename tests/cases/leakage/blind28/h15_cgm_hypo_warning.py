"""Hypoglycaemia early warning for a single participant (Dexcom G6, 5-min samples).

hypo_30 = 1 if a reading < 70 mg/dL occurs in the next 30 minutes (labelled by the clinic).
"""
import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import roc_auc_score, recall_score, precision_score

cgm = pd.read_csv("participant_014_cgm.csv")
cgm["time"] = pd.to_datetime(cgm["time"])
cgm = cgm.sort_values("time").reset_index(drop=True)
cgm = cgm.set_index("time")

# sensor dropouts shorter than 20 min
cgm["glucose"] = cgm["glucose"].ffill(limit=4)

g = cgm["glucose"]
feat = pd.DataFrame(index=cgm.index)
feat["glucose"] = g
feat["delta_5"] = g.diff(1)
feat["delta_15"] = g.diff(3)
feat["smooth_30"] = g.rolling(7, center=True, min_periods=4).mean()
feat["sd_30"] = g.rolling(7, center=True, min_periods=4).std()
feat["trend"] = feat["smooth_30"].diff()
feat["iob"] = cgm["insulin_on_board"]
feat["carbs_2h"] = cgm["carbs_g"].rolling("2h").sum()
feat["hour"] = cgm.index.hour
feat["night"] = feat["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)

data = feat.join(cgm["hypo_30"]).dropna()

cut = data.index[int(len(data) * 0.75)]
train = data[data.index < cut]
test = data[data.index >= cut]
print("train until", cut, "| train", len(train), "test", len(test))

cols = [c for c in data.columns if c != "hypo_30"]
model = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=1000))
model.fit(train[cols], train["hypo_30"])

p = model.predict_proba(test[cols])[:, 1]
alarm = p > 0.5
print("AUC        ", round(roc_auc_score(test["hypo_30"], p), 3))
print("sensitivity", round(recall_score(test["hypo_30"], alarm), 3))
print("precision  ", round(precision_score(test["hypo_30"], alarm), 3))
print("alarms/day ", round(alarm.sum() / ((test.index[-1] - test.index[0]).days + 1), 2))
