"""Predict melting temperature (Tm, deg C) of enzyme variants from sequence embeddings.

Embeddings: mean-pooled ESM-2 (650M) per variant, plus a few physico-chemical features.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error
from scipy.stats import spearmanr

meta = pd.read_csv("variants_tm.csv")
emb = np.load("esm2_650m_meanpool.npy")
assert len(meta) == emb.shape[0]

phys = meta[["n_mutations", "delta_hydrophobicity", "delta_charge", "n_pro_gly", "length"]].to_numpy()
X = np.hstack([emb, phys])
y = meta["tm_c"].to_numpy()
print("variants:", len(y), "features:", X.shape[1])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=21)

params = dict(
    objective="regression",
    learning_rate=0.02,
    num_leaves=31,
    min_child_samples=20,
    feature_fraction=0.3,
    bagging_fraction=0.8,
    bagging_freq=1,
    lambda_l2=1.0,
    n_estimators=5000,
    verbose=-1,
)
model = lgb.LGBMRegressor(**params)
model.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)
print("best iteration:", model.best_iteration_)

pred = model.predict(X_test, num_iteration=model.best_iteration_)
rmse = mean_squared_error(y_test, pred) ** 0.5
rho = spearmanr(y_test, pred).correlation
print(f"LightGBM   MAE {mean_absolute_error(y_test, pred):.2f}  RMSE {rmse:.2f}  Spearman {rho:.3f}")

baseline = np.full_like(y_test, y_train.mean())
print(f"mean Tm baseline MAE {mean_absolute_error(y_test, baseline):.2f}  "
      f"RMSE {mean_squared_error(y_test, baseline) ** 0.5:.2f}")
