"""
Fraud classifier - XGBoost with early stopping.

features : amount (+log), time-of-day, weekend / foreign flags,
           merchant category / country / device one-hots
excluded : transaction_id (identifier), chargeback_flag (post-transaction outcome)
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

RANDOM_STATE = 1234
TARGET = "is_fraud"
CATS = ["merchant_category", "country", "device"]


def featurize(frame: pd.DataFrame) -> pd.DataFrame:
    ts = pd.to_datetime(frame["transaction_time"], errors="coerce")
    out = pd.DataFrame(index=frame.index)
    out["amount"] = frame["amount"]
    out["log_amount"] = np.log1p(frame["amount"].clip(lower=0))
    out["hour"] = ts.dt.hour
    out["weekend"] = (ts.dt.dayofweek >= 5).astype(int)
    out["foreign"] = (frame["country"] != "US").astype(int)
    dummies = pd.get_dummies(frame[CATS].astype(str), prefix=CATS, dtype=np.uint8)
    return pd.concat([out, dummies], axis=1)


train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

X = featurize(train_df)
y = train_df[TARGET].astype(int)
X_sub = featurize(test_df).reindex(columns=X.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
)
# early-stopping set carved out of the training part; the test part stays untouched
X_fit, X_es, y_fit, y_es = train_test_split(
    X_train, y_train, test_size=0.15, stratify=y_train, random_state=RANDOM_STATE
)

neg, pos = np.bincount(y_train)
params = dict(
    n_estimators=3000,
    learning_rate=0.03,
    max_depth=6,
    min_child_weight=3,
    subsample=0.8,
    colsample_bytree=0.7,
    reg_lambda=2.0,
    scale_pos_weight=neg / pos,
    tree_method="hist",
    eval_metric="aucpr",
    early_stopping_rounds=100,
    random_state=RANDOM_STATE,
)

model = xgb.XGBClassifier(**params)
model.fit(X_fit, y_fit, eval_set=[(X_es, y_es)], verbose=200)
print("best iteration:", model.best_iteration)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]
p_model = model.predict_proba(X_test)[:, 1]
print(f"baseline  ROC-AUC {roc_auc_score(y_test, p_dummy):.4f}  PR-AUC {average_precision_score(y_test, p_dummy):.4f}")
print(f"xgboost   ROC-AUC {roc_auc_score(y_test, p_model):.4f}  PR-AUC {average_precision_score(y_test, p_model):.4f}")

# final model: all labelled rows, number of trees fixed to the early-stopped value
final_params = {k: v for k, v in params.items() if k != "early_stopping_rounds"}
final_params["n_estimators"] = int(model.best_iteration * 1.1) + 1
final = xgb.XGBClassifier(**final_params).fit(X, y)
pd.DataFrame({"transaction_id": test_df["transaction_id"], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
