"""Ad CTR: LightGBM evaluated with forward-chaining folds over time.

Each fold trains on everything before a point in time and scores the next
block. Users already seen in the training block are left out of the scored
block, to mimic serving to new users. The base-rate prediction is scored on
the same blocks for reference.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import roc_auc_score, log_loss

SEED = 17
N_FOLDS = 5
DEVICE = {"mobile": 0, "desktop": 1, "tablet": 2}

df = pd.read_csv("train.csv", parse_dates=["impression_time"])
df = df.sort_values("impression_time").reset_index(drop=True)
print(df.shape, "CTR", round(df["clicked"].mean(), 4))
print(df.isna().sum()[df.isna().sum() > 0])
print(df.groupby("site_category")["clicked"].agg(["mean", "size"]).sort_values("size", ascending=False).head(8))


def features(frame):
    X = pd.DataFrame(index=frame.index)
    t = frame["impression_time"]
    X["hour"] = t.dt.hour
    X["weekday"] = t.dt.weekday
    X["hour_sin"] = np.sin(2 * np.pi * X["hour"] / 24)
    X["hour_cos"] = np.cos(2 * np.pi * X["hour"] / 24)
    X["device"] = frame["device_type"].map(DEVICE).fillna(-1).astype(int)
    X["ad_position"] = frame["ad_position"]
    X["bid_price"] = frame["bid_price"]
    X["user_age_bucket"] = frame["user_age_bucket"].fillna(-1)
    X["site_category"] = frame["site_category"].fillna("unknown").str.len()
    return X


X = features(df)
y = df["clicked"].to_numpy()
users = df["user_id"].to_numpy()

params = dict(n_estimators=400, learning_rate=0.05, num_leaves=31, min_child_samples=200,
              colsample_bytree=0.8, subsample=0.8, subsample_freq=1, random_state=SEED)

tscv = TimeSeriesSplit(n_splits=N_FOLDS)
rows = []
for fold, (tr, va) in enumerate(tscv.split(X)):
    va = va[~np.isin(users[va], users[tr])]
    if len(va) == 0 or y[va].sum() == 0:
        print("fold", fold, "skipped: no new-user clicks")
        continue
    model = lgb.LGBMClassifier(**params)
    model.fit(X.iloc[tr], y[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    base = np.full(len(va), y[tr].mean())
    rows.append({
        "fold": fold,
        "n_train": len(tr),
        "n_scored": len(va),
        "auc": roc_auc_score(y[va], p),
        "logloss": log_loss(y[va], p),
        "baseline_logloss": log_loss(y[va], base),
    })
    print(rows[-1])

res = pd.DataFrame(rows).set_index("fold")
print(res.round(4))
print("mean:", res[["auc", "logloss", "baseline_logloss"]].mean().round(5).to_dict())

final = lgb.LGBMClassifier(**params).fit(X, y)
sub = pd.read_csv("test.csv", parse_dates=["impression_time"])
sub["prediction"] = final.predict_proba(features(sub))[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
