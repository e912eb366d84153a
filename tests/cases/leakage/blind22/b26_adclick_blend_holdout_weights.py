import numpy as np
import pandas as pd
import lightgbm as lgb
from catboost import CatBoostClassifier
from scipy.optimize import minimize
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

SEED = 77
TARGET = "click"
CATS = ["site_category", "app_category", "device_type", "device_conn_type", "banner_pos", "ad_size"]
NUMS = ["hour_of_day", "dow", "page_depth", "ad_position_rank"]

df = pd.read_csv("train.csv")
for c in CATS:
    df[c] = df[c].astype(str)
X, y = df[CATS + NUMS], df[TARGET].values
X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

preds = {}

logreg = make_pipeline(
    make_column_transformer((OneHotEncoder(handle_unknown="ignore", min_frequency=50), CATS), remainder="drop"),
    LogisticRegression(C=0.3, max_iter=2000),
)
logreg.fit(X_tr, y_tr)
preds["logreg"] = logreg.predict_proba(X_ho)[:, 1]

cb = CatBoostClassifier(iterations=1500, learning_rate=0.05, depth=7, random_seed=SEED, verbose=0)
cb.fit(X_tr, y_tr, cat_features=CATS)
preds["catboost"] = cb.predict_proba(X_ho)[:, 1]

X_tr_l, X_ho_l = X_tr.copy(), X_ho.copy()
for c in CATS:
    cats = pd.CategoricalDtype(sorted(X_tr[c].unique()))
    X_tr_l[c] = X_tr[c].astype(cats)
    X_ho_l[c] = X_ho[c].astype(cats)
gbm = lgb.LGBMClassifier(n_estimators=900, learning_rate=0.03, num_leaves=127, min_child_samples=200,
                         colsample_bytree=0.7, random_state=SEED, verbose=-1)
gbm.fit(X_tr_l, y_tr)
preds["lightgbm"] = gbm.predict_proba(X_ho_l)[:, 1]

names = list(preds)
P = np.column_stack([preds[n] for n in names])
for n in names:
    print(f"{n:<10} logloss {log_loss(y_ho, preds[n]):.5f}  auc {roc_auc_score(y_ho, preds[n]):.5f}")


def blend_loss(w):
    w = np.abs(w) / np.abs(w).sum()
    return log_loss(y_ho, np.clip(P @ w, 1e-6, 1 - 1e-6))


res = minimize(blend_loss, x0=np.ones(len(names)) / len(names), method="Nelder-Mead",
               options={"maxiter": 2000, "xatol": 1e-5})
weights = np.abs(res.x) / np.abs(res.x).sum()
blend = P @ weights
print("weights:", dict(zip(names, weights.round(3))))
print(f"blend      logloss {log_loss(y_ho, blend):.5f}  auc {roc_auc_score(y_ho, blend):.5f}")
