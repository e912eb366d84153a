"""Fraud classifier with out-of-fold target encoding of merchant_category.

Training rows get their encoding from the other folds of the training set;
validation rows get the encoding learned on the whole training set.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import KFold, train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud"
TE_COLS = ["merchant_category", "device_type"]
BASE_COLS = ["amount", "hour", "card_age_days", "n_tx_24h", "distance_from_home", "is_foreign"]


def encode_table(keys, y, smooth=25):
    prior = y.mean()
    stats = y.groupby(keys).agg(["sum", "count"])
    return (stats["sum"] + smooth * prior) / (stats["count"] + smooth), prior


def oof_encode(frame, col, n_splits=5, seed=0):
    enc = pd.Series(np.nan, index=frame.index)
    for fit_idx, enc_idx in KFold(n_splits, shuffle=True, random_state=seed).split(frame):
        fit_part = frame.iloc[fit_idx]
        table, prior = encode_table(fit_part[col], fit_part[TARGET])
        enc.iloc[enc_idx] = frame.iloc[enc_idx][col].map(table).fillna(prior).values
    return enc


def add_encodings(train_part, other_parts):
    train_part = train_part.copy()
    others = [o.copy() for o in other_parts]
    for col in TE_COLS:
        train_part[col + "_te"] = oof_encode(train_part, col)
        table, prior = encode_table(train_part[col], train_part[TARGET])
        for o in others:
            o[col + "_te"] = o[col].map(table).fillna(prior)
    return train_part, others


raw = pd.read_csv("train.csv")
print(raw.shape, raw[TARGET].mean())
print(raw["merchant_category"].value_counts().head(10))

train, valid = train_test_split(raw, test_size=0.2, stratify=raw[TARGET], random_state=0)
train, (valid,) = add_encodings(train, [valid])
features = BASE_COLS + [c + "_te" for c in TE_COLS]

clf = LGBMClassifier(n_estimators=350, learning_rate=0.04, num_leaves=31, min_child_samples=30,
                     is_unbalance=True, random_state=0, verbose=-1)
clf.fit(train[features], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])

print("\n%-10s %8s %8s" % ("model", "roc_auc", "pr_auc"))
for name, model in (("dummy", dummy), ("lgbm", clf)):
    p = model.predict_proba(valid[features])[:, 1]
    print("%-10s %8.4f %8.4f" % (name, roc_auc_score(valid[TARGET], p), average_precision_score(valid[TARGET], p)))

# refit on all labelled rows and score test.csv
test = pd.read_csv("test.csv")
full, (test,) = add_encodings(raw, [test])
clf.fit(full[features], full[TARGET])
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": clf.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
