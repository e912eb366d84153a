# CTR model: XGBoost native API on all numeric columns, last day held out
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import log_loss, roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time")
print(df.describe().T)

df["hour"] = df["event_time"].dt.hour
df["dow"] = df["event_time"].dt.dayofweek
num = df.select_dtypes(include="number").columns.difference(["clicked", "impression_id"]).tolist()
print("features:", num)

split = df["event_time"].dt.normalize().max()
tr = df[df.event_time < split]
te = df[df.event_time >= split]

dtrain = xgb.DMatrix(tr[num], label=tr["clicked"])
dtest = xgb.DMatrix(te[num], label=te["clicked"])
params = {"objective": "binary:logistic", "eval_metric": "logloss", "eta": 0.1, "max_depth": 6,
          "subsample": 0.8, "colsample_bytree": 0.8, "tree_method": "hist"}
bst = xgb.train(params, dtrain, num_boost_round=300, evals=[(dtrain, "train")], verbose_eval=50)

p = bst.predict(dtest)
naive = np.full(len(te), tr["clicked"].mean())
print("test logloss  xgb   %.5f" % log_loss(te["clicked"], p))
print("test logloss  naive %.5f  (constant train CTR)" % log_loss(te["clicked"], naive))
print("test AUC            %.4f" % roc_auc_score(te["clicked"], p))
print("test PR-AUC         %.4f" % average_precision_score(te["clicked"], p))

print(pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False).head(10))

# ---- submission ------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["event_time"])
sub["hour"] = sub["event_time"].dt.hour
sub["dow"] = sub["event_time"].dt.dayofweek
for col in num:
    if col not in sub.columns:
        sub[col] = np.nan
dall = xgb.DMatrix(df[num], label=df["clicked"])
bst_all = xgb.train(params, dall, num_boost_round=300)
sub["prediction"] = bst_all.predict(xgb.DMatrix(sub[num]))
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
