#!/usr/bin/env python3
# NIDS take-home - XGBoost on flow records
# - chronological split: 70% train / 10% early-stopping / 20% holdout
# - early stopping so the tree count doesn't need tuning
import logging

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("nids")

NUMERIC = ["dur", "spkts", "dpkts", "sbytes", "dbytes", "rate", "sttl", "dttl", "sload", "dload",
           "sinpkt", "dinpkt", "sjit", "djit", "swin", "dwin", "tcprtt", "synack", "ackdat",
           "smean", "dmean", "trans_depth", "ct_srv_src", "ct_state_ttl", "ct_dst_ltm",
           "ct_src_dport_ltm", "ct_dst_sport_ltm", "ct_dst_src_ltm", "ct_src_ltm", "ct_srv_dst"]
CATEG = ["proto", "service", "state"]


def featurize(df, cats=None):
    X = df[NUMERIC].astype("float32").copy()
    for c in CATEG:
        X[c] = pd.Categorical(df[c], categories=None if cats is None else cats[c])
    return X


df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
log.info("loaded %d flows, %.2f%% attacks", len(df), 100 * df.label.mean())

i_val, i_test = int(len(df) * 0.7), int(len(df) * 0.8)
train, val, test = df.iloc[:i_val], df.iloc[i_val:i_test], df.iloc[i_test:]
for name, part in [("train", train), ("val", val), ("test", test)]:
    log.info("%-5s %s .. %s  attacks=%.2f%%", name, part.timestamp.min(), part.timestamp.max(),
             100 * part.label.mean())

X_train = featurize(train)
cats = {c: X_train[c].cat.categories for c in CATEG}
X_val, X_test = featurize(val, cats), featurize(test, cats)
y_train, y_val, y_test = train.label.values, val.label.values, test.label.values

spw = (y_train == 0).sum() / max((y_train == 1).sum(), 1)
model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.03,
    max_depth=7,
    min_child_weight=3,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=spw,
    tree_method="hist",
    enable_categorical=True,
    eval_metric="aucpr",
    early_stopping_rounds=100,
)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=200)
log.info("best iteration: %d", model.best_iteration)

baseline = DummyClassifier(strategy="prior").fit(X_train[NUMERIC], y_train)
p_base = baseline.predict_proba(X_test[NUMERIC])[:, 1]
p = model.predict_proba(X_test)[:, 1]

print("=" * 50)
print(f"baseline (prior) PR-AUC : {average_precision_score(y_test, p_base):.4f}")
print(f"xgboost PR-AUC          : {average_precision_score(y_test, p):.4f}")
print(f"xgboost ROC-AUC         : {roc_auc_score(y_test, p):.4f}")
print(f"precision@0.5           : {precision_score(y_test, p > 0.5):.4f}")
print(f"recall@0.5              : {recall_score(y_test, p > 0.5):.4f}")
print("=" * 50)

# score the hidden capture with the same number of trees
final = xgb.XGBClassifier(**{**model.get_params(), "n_estimators": model.best_iteration + 1,
                             "early_stopping_rounds": None})
final.fit(featurize(df, cats), df.label.values)
hidden = pd.read_csv("test.csv", parse_dates=["timestamp"])
pd.DataFrame({"flow_id": hidden.flow_id,
              "prediction": final.predict_proba(featurize(hidden, cats))[:, 1]}).to_csv("predictions.csv", index=False)
log.info("done")
