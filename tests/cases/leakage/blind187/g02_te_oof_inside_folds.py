"""
Tabular Playground - regression with high-cardinality categoricals.

Smoothed mean encoding + LightGBM, 5-fold CV.
Encodings are recomputed inside every fold from the training fold only.
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


def encode(fit_df, apply_df):
    out = apply_df[NUM_COLS].copy()
    for c in CAT_COLS:
        enc, prior = smoothed_mean(fit_df, c, TARGET)
        out[f"{c}_te"] = apply_df[c].map(enc).fillna(prior)
    return out


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
y = train[TARGET].values
oof = np.zeros(len(train))
preds = np.zeros(len(test))

for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
    tr = train.iloc[tr_idx]
    va = train.iloc[va_idx]
    # the validation fold never contributes to its own encoding
    X_tr = encode(tr, tr)
    X_va = encode(tr, va)
    X_te = encode(tr, test)

    model = lgb.LGBMRegressor(**params)
    model.fit(X_tr, tr[TARGET])
    oof[va_idx] = model.predict(X_va)
    preds += model.predict(X_te) / N_FOLDS
    rmse = mean_squared_error(va[TARGET], oof[va_idx]) ** 0.5
    print(f"fold {fold}: rmse={rmse:.5f}")
    del model
    gc.collect()

cv_rmse = mean_squared_error(y, oof) ** 0.5
print(f"OOF RMSE: {cv_rmse:.5f}")

dummy_scores = cross_val_score(
    DummyRegressor(strategy="mean"), train[NUM_COLS], y, cv=kf,
    scoring="neg_root_mean_squared_error",
)
print(f"Dummy (mean) RMSE: {-dummy_scores.mean():.5f}")

sub = pd.DataFrame({"id": test["id"], "prediction": preds})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
