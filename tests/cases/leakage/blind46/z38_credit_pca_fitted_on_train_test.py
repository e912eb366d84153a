# credit default -- LightGBM + PCA components of the 6-month bill / payment history
# python solution.py -> predictions.csv
import gc

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss, brier_score_loss
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

SEED = 100
N_SPLITS = 5
N_COMP = 5
TARGET, ID = "default_next_month", "client_id"
BILL = [f"bill_amt{i}" for i in range(1, 7)]
PAYAMT = [f"pay_amt{i}" for i in range(1, 7)]
STATUS = ["pay_0", "pay_2", "pay_3", "pay_4", "pay_5", "pay_6"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
n_train = len(train)
print(train.shape, test.shape, "positives:", train[TARGET].mean().round(3))
print(train[BILL + PAYAMT].describe().T[["mean", "50%", "max"]])

# --- history block compressed with PCA; train and test share the same basis
hist_cols = BILL + PAYAMT
both = pd.concat([train[hist_cols], test[hist_cols]], ignore_index=True)
both_log = np.sign(both) * np.log1p(both.abs())
scaler = StandardScaler().fit(both_log)
pca = PCA(n_components=N_COMP, random_state=SEED).fit(scaler.transform(both_log))
print("explained variance:", pca.explained_variance_ratio_.round(3))
comps = pca.transform(scaler.transform(both_log))
for k in range(N_COMP):
    train[f"hist_pc{k}"] = comps[:n_train, k]
    test[f"hist_pc{k}"] = comps[n_train:, k]
del both, both_log, comps
gc.collect()

# --- plain row features
for df in (train, test):
    df["util"] = df["bill_amt1"] / df["limit_bal"].clip(lower=1)
    df["n_late"] = (df[STATUS] > 0).sum(axis=1)
    df["paid_last"] = df["pay_amt1"] / df["bill_amt2"].clip(lower=1)

features = [c for c in train.columns if c not in (ID, TARGET, "collections_flag")]
print(len(features), "features")

params = dict(objective="binary", learning_rate=0.025, num_leaves=20, min_data_in_leaf=60,
              feature_fraction=0.8, bagging_fraction=0.85, bagging_freq=1, lambda_l2=4.0, verbose=-1)
ROUNDS = 800

X, y = train[features], train[TARGET].values
oof, oof_dummy = np.zeros(n_train), np.zeros(n_train)
test_pred = np.zeros(len(test))
skf = StratifiedKFold(n_splits=N_SPLITS, shuffle=True, random_state=SEED)
for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
    booster = lgb.train(params | {"seed": SEED + fold}, lgb.Dataset(X.iloc[tr_idx], y[tr_idx]), ROUNDS)
    oof[va_idx] = booster.predict(X.iloc[va_idx])
    test_pred += booster.predict(test[features]) / N_SPLITS
    oof_dummy[va_idx] = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y[tr_idx]).predict_proba(X.iloc[va_idx])[:, 1]
    print(f"fold {fold}: AUC {roc_auc_score(y[va_idx], oof[va_idx]):.4f}")

for name, p in (("dummy prior", oof_dummy), ("lightgbm", oof)):
    print(f"{name:12s} AUC {roc_auc_score(y, p):.4f}  logloss {log_loss(y, p):.4f}  brier {brier_score_loss(y, p):.4f}")

pd.DataFrame({ID: test[ID], "prediction": test_pred}).to_csv("predictions.csv", index=False)
