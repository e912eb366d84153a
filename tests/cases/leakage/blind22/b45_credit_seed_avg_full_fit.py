"""Credit card default: final model on all labelled rows, 5-seed LightGBM average, submission file."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss

TARGET = "defaulted"
ID_COL = "id"
SEEDS = [11, 22, 33, 44, 55]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_features(df):
    pay_cols = [f"pay_{i}" for i in range(1, 7)]
    bill_cols = [f"bill_amt{i}" for i in range(1, 7)]
    amt_cols = [f"pay_amt{i}" for i in range(1, 7)]
    df["max_delay"] = df[pay_cols].max(axis=1)
    df["n_delays"] = (df[pay_cols] > 0).sum(axis=1)
    df["bill_mean"] = df[bill_cols].mean(axis=1)
    df["paid_mean"] = df[amt_cols].mean(axis=1)
    df["paid_to_bill"] = df["paid_mean"] / (df["bill_mean"].abs() + 1)
    df["util"] = df["bill_amt1"] / (df["limit_bal"] + 1)
    df["log_limit"] = np.log1p(df["limit_bal"])
    return df


train = add_features(train)
test = add_features(test)
train = pd.get_dummies(train, columns=["education", "marriage"], dtype=np.uint8)
test = pd.get_dummies(test, columns=["education", "marriage"], dtype=np.uint8)

features = [c for c in train.columns if c not in (TARGET, ID_COL)]
test = test.reindex(columns=[ID_COL] + features, fill_value=0)
X, y = train[features], train[TARGET]

params = dict(
    objective="binary",
    learning_rate=0.02,
    num_leaves=31,
    min_data_in_leaf=60,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    lambda_l2=2.0,
    verbose=-1,
)

fit_pred = np.zeros(len(X))
test_pred = np.zeros(len(test))
for seed in SEEDS:
    booster = lgb.train(dict(params, seed=seed), lgb.Dataset(X, y), num_boost_round=900)
    fit_pred += booster.predict(X) / len(SEEDS)
    test_pred += booster.predict(test[features]) / len(SEEDS)
    print(f"seed {seed}: done, {booster.num_trees()} trees")

print(f"AUC on training rows     {roc_auc_score(y, fit_pred):.4f}")
print(f"logloss on training rows {log_loss(y, fit_pred):.4f}")

pd.DataFrame({ID_COL: test[ID_COL], "prediction": test_pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", test_pred.shape)
