"""Ad CTR take-home: small LightGBM parameter sweep.

Split: first 80% of the period for training; the last 20% (users not seen in
training) is held out. A handful of configurations is tried and the best one
is reported with AUC and log loss next to the constant base-rate prediction.
"""
import itertools

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss

DEVICE = {"mobile": 0, "desktop": 1, "tablet": 2}


def load():
    df = pd.read_csv("train.csv", parse_dates=["impression_time"])
    return df.sort_values("impression_time").reset_index(drop=True)


def to_features(frame):
    X = pd.DataFrame(index=frame.index)
    X["hour"] = frame["impression_time"].dt.hour
    X["weekday"] = frame["impression_time"].dt.weekday
    X["device"] = frame["device_type"].map(DEVICE).fillna(-1)
    X["ad_position"] = frame["ad_position"]
    X["log_bid"] = np.log1p(frame["bid_price"].clip(lower=0))
    X["age_bucket"] = frame["user_age_bucket"].fillna(-1)
    X["is_weekend"] = (X["weekday"] >= 5).astype(int)
    return X


df = load()
print(df.shape, df["clicked"].mean())
print(df.groupby(df["impression_time"].dt.to_period("W"))["clicked"].agg(["mean", "size"]))

cutoff = df["impression_time"].quantile(0.8)
train = df[df["impression_time"] < cutoff]
holdout = df[df["impression_time"] >= cutoff]
holdout = holdout[~holdout["user_id"].isin(train["user_id"])]
X_tr, y_tr = to_features(train), train["clicked"]
X_ho, y_ho = to_features(holdout), holdout["clicked"]
print("train", X_tr.shape, "holdout", X_ho.shape)

grid = {
    "num_leaves": [15, 31, 63],
    "min_child_samples": [100, 400],
    "learning_rate": [0.03, 0.08],
}

results = []
for leaves, mcs, lr in itertools.product(*grid.values()):
    model = lgb.LGBMClassifier(n_estimators=400, num_leaves=leaves, min_child_samples=mcs,
                               learning_rate=lr, colsample_bytree=0.8, random_state=0, verbose=-1)
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_ho)[:, 1]
    results.append({"num_leaves": leaves, "min_child_samples": mcs, "learning_rate": lr,
                    "auc": roc_auc_score(y_ho, p), "logloss": log_loss(y_ho, p), "model": model})
    print({k: v for k, v in results[-1].items() if k != "model"})

best = max(results, key=lambda r: r["auc"])
print("\nbest config:", {k: best[k] for k in grid})

p_best = best["model"].predict_proba(X_ho)[:, 1]
p_base = np.full(len(y_ho), y_tr.mean())
print(f"holdout AUC     : {roc_auc_score(y_ho, p_best):.4f}")
print(f"holdout logloss : {log_loss(y_ho, p_best):.5f}  (base rate baseline {log_loss(y_ho, p_base):.5f})")

sub = pd.read_csv("test.csv", parse_dates=["impression_time"])
sub["prediction"] = best["model"].predict_proba(to_features(sub))[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
