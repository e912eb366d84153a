# Playground S4E5 - Regression with a Flood Prediction Dataset (R2)
# Quick submission: row statistics + LightGBM trained on all rows.

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.metrics import r2_score, mean_absolute_error

train = pd.read_csv("/kaggle/input/playground-series-s4e5/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s4e5/test.csv")
TARGET = "FloodProbability"
RAW = [c for c in train.columns if c not in ("id", TARGET)]

print(train.shape, test.shape)
print(train[TARGET].describe())
print(train[RAW].nunique())

corr = train[RAW + [TARGET]].corr()[TARGET].drop(TARGET).sort_values()
corr.plot.barh(figsize=(6, 8), title="correlation with FloodProbability")
plt.tight_layout()
plt.savefig("corr.png")


def add_row_stats(df):
    df = df.copy()
    v = df[RAW]
    df["row_sum"] = v.sum(axis=1)
    df["row_mean"] = v.mean(axis=1)
    df["row_std"] = v.std(axis=1)
    df["row_max"] = v.max(axis=1)
    df["row_min"] = v.min(axis=1)
    df["row_median"] = v.median(axis=1)
    df["row_range"] = df["row_max"] - df["row_min"]
    df["row_skew"] = v.skew(axis=1)
    df["row_n_high"] = (v >= 8).sum(axis=1)
    df["row_n_low"] = (v <= 2).sum(axis=1)
    df["row_sum_sq"] = df["row_sum"] ** 2
    df["row_mode"] = v.mode(axis=1)[0]
    return df


train = add_row_stats(train)
test = add_row_stats(test)
FEATURES = [c for c in train.columns if c not in ("id", TARGET)]

X = train[FEATURES]
y = train[TARGET]

model = lgb.LGBMRegressor(
    n_estimators=1500,
    learning_rate=0.02,
    num_leaves=200,
    max_depth=10,
    min_child_samples=100,
    subsample=0.7,
    subsample_freq=1,
    colsample_bytree=0.3,
    reg_alpha=0.05,
    reg_lambda=0.05,
    random_state=42,
    verbose=-1,
)
model.fit(X, y)

fitted = model.predict(X)
print(f"R2  : {r2_score(y, fitted):.5f}")
print(f"MAE : {mean_absolute_error(y, fitted):.5f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(15))

plt.figure(figsize=(6, 6))
idx = np.random.RandomState(0).choice(len(y), 5000, replace=False)
plt.scatter(y.iloc[idx], fitted[idx], s=2, alpha=0.4)
plt.plot([0.3, 0.7], [0.3, 0.7], "r--")
plt.xlabel("actual")
plt.ylabel("predicted")
plt.savefig("fit.png")

sub = pd.DataFrame({"id": test["id"], TARGET: np.clip(model.predict(test[FEATURES]), 0, 1)})
sub.to_csv("submission.csv", index=False)
print(sub.head())
