"""Ad CTR take-home: small LightGBM parameter sweep.

Split: first 80% of the period for training; the last 20% (users not seen in
training) is held out. The configurations are compared on a validation block
cut from the end of the training period; the chosen one is refit on the whole
training period and scored once on the holdout, next to the base-rate prediction.
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


def new_users_after(rows, earlier):
    return rows[~rows["user_id"].isin(earlier["user_id"])]


df = load()
print(df.shape, df["clicked"].mean())
print(df.groupby(df["impression_time"].dt.to_period("W"))["clicked"].agg(["mean", "size"]))

cutoff = df["impression_time"].quantile(0.8)
train = df[df["impression_time"] < cutoff]
holdout = new_users_after(df[df["impression_time"] >= cutoff], train)

val_cutoff = train["impression_time"].quantile(0.8)
fit_part = train[train["impression_time"] < val_cutoff]
val_part = new_users_after(train[train["impression_time"] >= val_cutoff], fit_part)

X_fit, y_fit = to_features(fit_part), fit_part["clicked"]
X_val, y_val = to_features(val_part), val_part["clicked"]
print("fit", X_fit.shape, "val", X_val.shape, "holdout", len(holdout))

grid = {
    "num_leaves": [15, 31, 63],
    "min_child_samples": [100, 400],
    "learning_rate": [0.03, 0.08],
}

results = []
for leaves, mcs, lr in itertools.product(*grid.values()):
    model = lgb.LGBMClassifier(n_estimators=400, num_leaves=leaves, min_child_samples=mcs,
                               learning_rate=lr, colsample_bytree=0.8, random_state=0, verbose=-1)
    model.fit(X_fit, y_fit)
    p = model.predict_proba(X_val)[:, 1]
    results.append({"num_leaves": leaves, "min_child_samples": mcs, "learning_rate": lr,
                    "val_auc": roc_auc_score(y_val, p), "val_logloss": log_loss(y_val, p)})
    print(results[-1])

best = max(results, key=lambda r: r["val_auc"])
best_params = {k: best[k] for k in grid}
print("\nbest config on validation:", best_params)

X_tr, y_tr = to_features(train), train["clicked"]
X_ho, y_ho = to_features(holdout), holdout["clicked"]
final = lgb.LGBMClassifier(n_estimators=400, colsample_bytree=0.8, random_state=0, verbose=-1, **best_params)
final.fit(X_tr, y_tr)

p_best = final.predict_proba(X_ho)[:, 1]
p_base = np.full(len(y_ho), y_tr.mean())
print(f"holdout AUC     : {roc_auc_score(y_ho, p_best):.4f}")
print(f"holdout logloss : {log_loss(y_ho, p_best):.5f}  (base rate baseline {log_loss(y_ho, p_base):.5f})")

sub = pd.read_csv("test.csv", parse_dates=["impression_time"])
sub["prediction"] = final.predict_proba(to_features(sub))[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
