# Card fraud take-home -- XGBoost (native xgb.train API)
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

TARGET = "is_fraud"
SEED = 2024

df = pd.read_csv("train.csv", parse_dates=["transaction_time"])
sub_df = pd.read_csv("test.csv", parse_dates=["transaction_time"])
df = df.sort_values("transaction_time").reset_index(drop=True)

print(df.shape)
print(df[TARGET].value_counts(normalize=True))
print(df["transaction_time"].min(), "->", df["transaction_time"].max())
print(df.groupby("channel")[TARGET].mean())


def build_features(d):
    d = d.sort_values(["card_id", "transaction_time"]).copy()
    d["hour"] = d["transaction_time"].dt.hour
    d["dow"] = d["transaction_time"].dt.dayofweek
    d["log_amount"] = np.log1p(d["amount"])
    g = d.groupby("card_id")
    d["secs_since_prev"] = g["transaction_time"].diff().dt.total_seconds()
    d["card_txn_idx"] = g.cumcount()
    d["amount_vs_prev_mean"] = d["amount"] / (
        g["amount"].transform(lambda s: s.shift(1).expanding().mean()) + 1.0
    )
    d["is_foreign"] = (d["country"] != "US").astype(int)
    for c in ["merchant_category", "channel", "device_type", "country"]:
        d[c] = d[c].astype("category")
    return d.sort_index()


df = build_features(df)
sub_df = build_features(sub_df)

FEATURES = [
    "log_amount", "hour", "dow", "secs_since_prev", "card_txn_idx", "amount_vs_prev_mean",
    "is_foreign", "card_present", "customer_age", "distance_from_home_km",
    "merchant_category", "channel", "device_type", "country",
]

# three periods: fit / early-stopping / final holdout; later periods keep only unseen cards
t1, t2 = df["transaction_time"].quantile([0.7, 0.85])
train = df[df["transaction_time"] < t1]
valid = df[(df["transaction_time"] >= t1) & (df["transaction_time"] < t2)]
holdout = df[df["transaction_time"] >= t2]
valid = valid[~valid["card_id"].isin(train["card_id"])]
holdout = holdout[~holdout["card_id"].isin(set(train["card_id"]) | set(valid["card_id"]))]
print("train %d  valid %d  holdout %d" % (len(train), len(valid), len(holdout)))
print("fraud rate %.4f / %.4f / %.4f"
      % (train[TARGET].mean(), valid[TARGET].mean(), holdout[TARGET].mean()))

dtrain = xgb.DMatrix(train[FEATURES], label=train[TARGET], enable_categorical=True)
dvalid = xgb.DMatrix(valid[FEATURES], label=valid[TARGET], enable_categorical=True)
dhold = xgb.DMatrix(holdout[FEATURES], label=holdout[TARGET], enable_categorical=True)

neg, pos = np.bincount(train[TARGET])
params = {
    "objective": "binary:logistic",
    "eval_metric": ["aucpr", "auc"],
    "tree_method": "hist",
    "max_depth": 6,
    "eta": 0.05,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "min_child_weight": 5,
    "scale_pos_weight": neg / pos,
    "max_cat_to_onehot": 8,
    "seed": SEED,
}

bst = xgb.train(
    params,
    dtrain,
    num_boost_round=4000,
    evals=[(dtrain, "train"), (dvalid, "valid")],
    early_stopping_rounds=200,
    verbose_eval=200,
)
print("best iteration", bst.best_iteration, "best score", bst.best_score)

p = bst.predict(dhold, iteration_range=(0, bst.best_iteration + 1))
y = holdout[TARGET].values
base = np.full(len(y), train[TARGET].mean())
print("prior baseline : AUC %.4f  AP %.4f" % (roc_auc_score(y, base), average_precision_score(y, base)))
print("xgboost        : AUC %.4f  AP %.4f" % (roc_auc_score(y, p), average_precision_score(y, p)))

prec, rec, thr = precision_recall_curve(y, p)
for target_recall in (0.5, 0.7, 0.9):
    i = np.where(rec >= target_recall)[0][-1]
    print("recall>=%.1f  precision %.3f" % (target_recall, prec[i]))

imp = pd.Series(bst.get_score(importance_type="total_gain")).sort_values(ascending=False)
print(imp.head(15))

dsub = xgb.DMatrix(sub_df[FEATURES], enable_categorical=True)
pd.DataFrame({
    "transaction_id": sub_df["transaction_id"],
    "prediction": bst.predict(dsub, iteration_range=(0, bst.best_iteration + 1)),
}).to_csv("predictions.csv", index=False)
