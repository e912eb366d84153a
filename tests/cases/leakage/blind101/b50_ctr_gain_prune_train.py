"""CTR - XGBoost with gain-based feature pruning, time-ordered train / valid / test.

days 1-5 : fit (also used for the gain ranking)
day 6    : validation -> early stopping
day 7    : test, scored once
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import log_loss, roc_auc_score

KEEP = 20

df = pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time").reset_index(drop=True)
df["hour"] = df.event_time.dt.hour
df["dow"] = df.event_time.dt.dayofweek
df["slot_area"] = df.slot_width * df.slot_height
df["user_ctr_7d"] = df.user_clicks_7d / (df.user_impressions_7d + 1)
df = pd.get_dummies(df, columns=["site_category", "app_category", "device_type", "os"], dtype=np.uint8)

candidates = ["hour", "dow", "slot_area", "banner_pos", "bid_floor", "user_impressions_7d",
              "user_clicks_7d", "user_ctr_7d"] + \
             [c for c in df.columns if c.startswith(("site_category_", "app_category_", "device_type_", "os_"))]

day = df.event_time.dt.normalize()
days = sorted(day.unique())
fit = df[day < days[-2]]
valid = df[day == days[-2]]
test = df[day == days[-1]]
print(len(fit), len(valid), len(test))

# 1) ranking model on the fit days only
ranker = xgb.train({"objective": "binary:logistic", "eta": 0.1, "max_depth": 6, "tree_method": "hist"},
                   xgb.DMatrix(fit[candidates], label=fit.clicked), num_boost_round=200)
gain = pd.Series(ranker.get_score(importance_type="gain")).sort_values(ascending=False)
keep = gain.index[:KEEP].tolist()
print("kept features:", keep)

# 2) model on the kept features, early stopping on the validation day
dfit = xgb.DMatrix(fit[keep], label=fit.clicked)
dval = xgb.DMatrix(valid[keep], label=valid.clicked)
params = {"objective": "binary:logistic", "eval_metric": "logloss", "eta": 0.05, "max_depth": 6,
          "min_child_weight": 20, "subsample": 0.8, "colsample_bytree": 0.8, "tree_method": "hist"}
bst = xgb.train(params, dfit, num_boost_round=3000, evals=[(dfit, "fit"), (dval, "valid")],
                early_stopping_rounds=100, verbose_eval=100)
print("best iteration:", bst.best_iteration)

# 3) test, once
p = bst.predict(xgb.DMatrix(test[keep]), iteration_range=(0, bst.best_iteration + 1))
p0 = DummyClassifier(strategy="prior").fit(fit[keep], fit.clicked).predict_proba(test[keep])[:, 1]
print("test logloss  model %.5f | baseline %.5f" % (log_loss(test.clicked, p), log_loss(test.clicked, p0)))
print("test AUC      model %.4f" % roc_auc_score(test.clicked, p))
