# ---------------------------------------------------------------------------
# Card fraud - XGBoost, stratified CV
#
# Accuracy is printed because the hiring brief mentions it, but at a 3% fraud
# rate it is close to meaningless on its own (always-legit scores ~97%), so
# the decision metrics are average precision, balanced accuracy and
# recall at a 2% alert rate, each next to a dummy baseline.
# ---------------------------------------------------------------------------
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (accuracy_score, average_precision_score,
                             balanced_accuracy_score)
from sklearn.model_selection import StratifiedKFold
from xgboost import XGBClassifier

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h"]

full = pd.get_dummies(train[CATS + NUMS], columns=CATS, dtype=np.uint8)
sub = pd.get_dummies(test[CATS + NUMS], columns=CATS, dtype=np.uint8).reindex(columns=full.columns, fill_value=0)
target = train["is_fraud"].to_numpy()


def recall_at_alert_rate(y, s, rate=0.02):
    k = int(rate * len(s))
    return y[np.argsort(-s)[:k]].sum() / y.sum()


def run_fold(model, X_tr, y_tr, X_va, y_va, thr=0.5):
    model.fit(X_tr, y_tr)
    s = model.predict_proba(X_va)[:, 1]
    hard = (s >= thr).astype(int)
    return {
        "accuracy": accuracy_score(y_va, hard),
        "balanced_accuracy": balanced_accuracy_score(y_va, hard),
        "ap": average_precision_score(y_va, s),
        "recall@2%": recall_at_alert_rate(y_va, s),
    }


def xgb_model(pos_weight):
    return XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05, subsample=0.8,
                         colsample_bytree=0.8, min_child_weight=3, scale_pos_weight=pos_weight,
                         eval_metric="logloss", n_jobs=4, random_state=40)


folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=40)
log = []
for i, (a, b) in enumerate(folds.split(full, target)):
    X_tr, X_va = full.iloc[a], full.iloc[b]
    y_tr, y_va = target[a], target[b]
    w = (y_tr == 0).sum() / (y_tr == 1).sum()
    log.append({"fold": i, "model": "dummy_most_frequent",
                **run_fold(DummyClassifier(strategy="most_frequent"), X_tr, y_tr, X_va, y_va)})
    log.append({"fold": i, "model": "xgb", **run_fold(xgb_model(w), X_tr, y_tr, X_va, y_va)})

log = pd.DataFrame(log)
summary = log.groupby("model")[["accuracy", "balanced_accuracy", "ap", "recall@2%"]].agg(["mean", "std"])
print(summary.round(4))

w_full = (target == 0).sum() / (target == 1).sum()
final = xgb_model(w_full).fit(full, target)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(sub)[:, 1]}).to_csv("predictions.csv", index=False)
print("predictions.csv written:", sub.shape[0], "rows")
