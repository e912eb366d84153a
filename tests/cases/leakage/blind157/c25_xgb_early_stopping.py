"""XGBoost with early stopping - card fraud take-home."""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID_COL = task["id_column"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df[TARGET].value_counts(normalize=True))
print(df.describe().round(2).T)

DROP = [ID_COL, TARGET, "chargeback_flag"]  # chargeback = after-the-fact


def engineer(d):
    d = d.drop(columns=[c for c in DROP if c in d.columns]).copy()
    d["amount_log"] = np.log1p(d["amount"])
    d["amount_round"] = (d["amount"] % 1 == 0).astype(int)
    d["hour_bucket"] = pd.cut(d["hour"], bins=[-1, 5, 11, 17, 23], labels=False)
    d["dist_log"] = np.log1p(d["distance_from_home_km"])
    return pd.get_dummies(d, columns=["merchant_category"], dtype=int)


X = engineer(df)
y = df[TARGET]
X_sub = engineer(sub).reindex(columns=X.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=4,
    min_child_weight=3,
    subsample=0.85,
    colsample_bytree=0.7,
    scale_pos_weight=10,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    random_state=4,
    n_jobs=-1,
)
model.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

p_test = model.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy test AP:", round(average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print("xgb test AP  :", round(average_precision_score(y_test, p_test), 4))
print("xgb test AUC :", round(roc_auc_score(y_test, p_test), 4))

# retrain on all data with the number of trees found above
final = xgb.XGBClassifier(
    n_estimators=model.best_iteration + 1, learning_rate=0.02, max_depth=4, min_child_weight=3,
    subsample=0.85, colsample_bytree=0.7, scale_pos_weight=10, random_state=4, n_jobs=-1,
)
final.fit(X, y)
pd.DataFrame({ID_COL: sub[ID_COL], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
