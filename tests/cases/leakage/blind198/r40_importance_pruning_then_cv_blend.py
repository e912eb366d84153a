"""Card fraud: prune weak features, then evaluate a LightGBM + XGBoost average with CV."""
from __future__ import annotations

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from xgboost import XGBClassifier

IMPORTANCE_CUTOFF = 0.005   # share of total gain


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    ts = pd.to_datetime(df["transaction_time"])
    f = pd.DataFrame(index=df.index)
    f["amount"] = df["amount"]
    f["log_amount"] = np.log1p(df["amount"])
    f["amount_cents"] = (df["amount"] * 100).round() % 100
    f["hour"] = ts.dt.hour
    f["dow"] = ts.dt.dayofweek
    f["day"] = ts.dt.day
    f["night"] = ts.dt.hour.isin(range(0, 6)).astype(int)
    for col in ["merchant_category", "country", "device"]:
        f = f.join(pd.get_dummies(df[col], prefix=col, dtype=int))
    return f


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = engineer(train)
y = train["is_fraud"].to_numpy()
X_test = engineer(test).reindex(columns=X.columns, fill_value=0)

# ---- 1. importance-based pruning ----------------------------------------------------
probe = LGBMClassifier(n_estimators=300, learning_rate=0.05, importance_type="gain", random_state=0, verbose=-1)
probe.fit(X, y)
gain = pd.Series(probe.feature_importances_, index=X.columns)
share = gain / gain.sum()
keep = share[share >= IMPORTANCE_CUTOFF].index.tolist()
print(f"kept {len(keep)} / {X.shape[1]} features")
print(share.sort_values(ascending=False).head(15).round(4))
X, X_test = X[keep], X_test[keep]

# ---- 2. CV of the blend ---------------------------------------------------------------
members = [
    LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, random_state=0, verbose=-1),
    XGBClassifier(n_estimators=500, learning_rate=0.04, max_depth=5, subsample=0.8, colsample_bytree=0.8,
                  eval_metric="logloss", random_state=0),
]
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
oof = np.zeros(len(X))
oof_dummy = np.zeros(len(X))
for tr_idx, va_idx in skf.split(X, y):
    preds = []
    for m in members:
        fitted = clone(m).fit(X.iloc[tr_idx], y[tr_idx])
        preds.append(fitted.predict_proba(X.iloc[va_idx])[:, 1])
    oof[va_idx] = np.mean(preds, axis=0)
    oof_dummy[va_idx] = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y[tr_idx]).predict_proba(
        X.iloc[va_idx])[:, 1]

print(f"dummy baseline OOF: ROC AUC {roc_auc_score(y, oof_dummy):.4f}  AP {average_precision_score(y, oof_dummy):.4f}")
print(f"LGBM+XGB blend OOF: ROC AUC {roc_auc_score(y, oof):.4f}  AP {average_precision_score(y, oof):.4f}")

# ---- 3. submission ----------------------------------------------------------------------
final = np.mean([clone(m).fit(X, y).predict_proba(X_test)[:, 1] for m in members], axis=0)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final}).to_csv("predictions.csv", index=False)
