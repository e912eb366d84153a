"""Ad conversion prediction (impression -> purchase), ~3% conversion rate.

Key engineered feature: historical conversion rate of the campaign and of the
placement (smoothed). Users are kept on one side of the split.
"""
import json
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss
from sklearn.model_selection import GroupShuffleSplit

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]
LEAKY = task["leaky_columns"]

imps = pd.read_csv("train.csv")
new_imps = pd.read_csv("test.csv")
imps = imps.drop(columns=LEAKY)
print(imps.shape, imps[TARGET].mean(), imps[GROUP].nunique())

global_cvr = imps[TARGET].mean()
M = 50  # smoothing strength


def smoothed_cvr(frame, key):
    s = frame.groupby(key)[TARGET].agg(["sum", "count"])
    return (s["sum"] + M * global_cvr) / (s["count"] + M)


for key in ["campaign_id", "placement"]:
    cvr = smoothed_cvr(imps, key)
    imps[f"{key}_cvr"] = imps[key].map(cvr)
    new_imps[f"{key}_cvr"] = new_imps[key].map(cvr).fillna(global_cvr)

for frame in (imps, new_imps):
    frame["log_bid"] = np.log1p(frame["bid_price"])
    frame["ad_format"] = frame["ad_format"].astype("category")
    frame["device"] = frame["device"].astype("category")

FEATURES = ["campaign_id_cvr", "placement_cvr", "log_bid", "hour", "day_of_week",
            "user_past_clicks_7d", "page_depth", "creative_age_days", "ad_format", "device"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr, te = next(gss.split(imps, groups=imps[GROUP]))
train, test = imps.iloc[tr], imps.iloc[te]

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=63,
                           min_child_samples=100, colsample_bytree=0.8, verbose=-1, random_state=5)
model.fit(train[FEATURES], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])

for name, m in [("dummy", dummy), ("lgbm", model)]:
    p = m.predict_proba(test[FEATURES])[:, 1]
    print(f"{name:6s} AP {average_precision_score(test[TARGET], p):.4f}  "
          f"AUC {roc_auc_score(test[TARGET], p):.4f}  logloss {log_loss(test[TARGET], p):.4f}")

model.fit(imps[FEATURES], imps[TARGET])
pd.DataFrame({ID: new_imps[ID], "prediction": model.predict_proba(new_imps[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
