"""
Tabular Playground - regression with high-cardinality categoricals.

Smoothed mean encoding + LightGBM, 5-fold CV.
"""
import gc
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold, cross_val_score

SEED = 42
N_FOLDS = 5
TARGET = "target"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)

CAT_COLS = [c for c in train.columns if c.startswith("cat")]
NUM_COLS = [c for c in train.columns if c.startswith("cont")]
print(f"{len(CAT_COLS)} categoricals, {len(NUM_COLS)} continuous")

for c in CAT_COLS:
    print(c, train[c].nunique(), test[c].nunique())


def smoothed_mean(df, col, target, alpha=20):
    """Bayesian-smoothed category mean (Micci-Barreca)."""
    prior = df[target].mean()
    stats = df.groupby(col)[target].agg(["mean", "count"])
    enc = (stats["count"] * stats["mean"] + alpha * prior) / (stats["count"] + alpha)
    return enc, prior


# encode every categorical with its smoothed target mean
for c in CAT_COLS:
    enc, prior = smoothed_mean(train, c, TARGET)
    train[f"{c}_te"] = train[c].map(enc).fillna(prior)
    test[f"{c}_te"] = test[c].map(enc).fillna(prior)

FEATURES = NUM_COLS + [f"{c}_te" for c in CAT_COLS]
X = train[FEATURES].values
y = train[TARGET].values
X_test = test[FEATURES].values

params = dict(
    objective="regression",
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.6,
    reg_lambda=2.0,
    n_estimators=1500,
    random_state=SEED,
    verbose=-1,
)

kf = KFold(n_splits=N_FOLDS, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
preds = np.zeros(len(test))

for fold, (tr_idx, va_idx) in enumerate(kf.split(X)):
    model = lgb.LGBMRegressor(**params)
    model.fit(X[tr_idx], y[tr_idx])
    oof[va_idx] = model.predict(X[va_idx])
    preds += model.predict(X_test) / N_FOLDS
    rmse = mean_squared_error(y[va_idx], oof[va_idx]) ** 0.5
    print(f"fold {fold}: rmse={rmse:.5f}")
    del model
    gc.collect()

cv_rmse = mean_squared_error(y, oof) ** 0.5
print(f"OOF RMSE: {cv_rmse:.5f}")

dummy_scores = cross_val_score(
    DummyRegressor(strategy="mean"), X, y, cv=kf, scoring="neg_root_mean_squared_error"
)
print(f"Dummy (mean) RMSE: {-dummy_scores.mean():.5f}")

sub = pd.DataFrame({"id": test["id"], "prediction": preds})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
