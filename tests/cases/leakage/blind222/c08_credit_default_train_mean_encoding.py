#!/usr/bin/env python
# Default of credit card clients (Taiwan, UCI) - XGBoost with mean-encoded categoricals
# Encodings are learned on the training split and then looked up for the test rows.

import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, accuracy_score, roc_curve

SEED = 2021
TARGET = "default"

raw = pd.read_csv("UCI_Credit_Card.csv")
raw = raw.rename(columns={"default.payment.next.month": TARGET, "PAY_0": "PAY_1"})
print(raw.shape)
print(raw[TARGET].value_counts(normalize=True).round(3))

raw["EDUCATION"] = raw["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
raw["MARRIAGE"] = raw["MARRIAGE"].replace({0: 3})

PAY_COLS = [f"PAY_{i}" for i in range(1, 7)]
BILL_COLS = [f"BILL_AMT{i}" for i in range(1, 7)]
PAYAMT_COLS = [f"PAY_AMT{i}" for i in range(1, 7)]


def engineer(df):
    out = df.copy()
    out["util_1"] = out["BILL_AMT1"] / out["LIMIT_BAL"]
    out["avg_util"] = out[BILL_COLS].mean(axis=1) / out["LIMIT_BAL"]
    out["pay_ratio_1"] = out["PAY_AMT1"] / out["BILL_AMT1"].clip(lower=1)
    out["n_late"] = (out[PAY_COLS] > 0).sum(axis=1)
    out["max_delay"] = out[PAY_COLS].max(axis=1)
    out["total_paid"] = out[PAYAMT_COLS].sum(axis=1)
    out["age_bucket"] = (out["AGE"] // 10).clip(2, 6)
    return out


def fit_rate_maps(train_df, cols, target=TARGET, smoothing=20):
    """smoothed default rate per category, from the training rows"""
    prior = train_df[target].mean()
    maps = {}
    for c in cols:
        stats = train_df.groupby(c)[target].agg(["sum", "count"])
        maps[c] = (stats["sum"] + smoothing * prior) / (stats["count"] + smoothing)
    return maps, prior


def apply_rate_maps(df, maps, prior):
    df = df.copy()
    for c, m in maps.items():
        df[c + "_rate"] = df[c].map(m).fillna(prior)
    return df


data = engineer(raw)
ENC_COLS = ["EDUCATION", "MARRIAGE", "PAY_1", "PAY_2", "age_bucket", "n_late"]

train_df, test_df = train_test_split(data, test_size=0.2, random_state=SEED,
                                     stratify=data[TARGET])
maps, prior = fit_rate_maps(train_df, ENC_COLS)
train_df = apply_rate_maps(train_df, maps, prior)
test_df = apply_rate_maps(test_df, maps, prior)
print(train_df[[c + "_rate" for c in ENC_COLS]].describe().T.round(3))

features = [c for c in train_df.columns if c not in ("ID", TARGET)]
X_tr, y_tr = train_df[features], train_df[TARGET]
X_te, y_te = test_df[features], test_df[TARGET]

# reference points
dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_tr, y_tr)
simple = LogisticRegression(max_iter=1000).fit(X_tr[["PAY_1"]], y_tr)
print("baseline dummy AUC       : %.4f" % roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]))
print("baseline PAY_1 logit AUC : %.4f" % roc_auc_score(y_te, simple.predict_proba(X_te[["PAY_1"]])[:, 1]))

clf = xgb.XGBClassifier(n_estimators=600, learning_rate=0.03, max_depth=4, subsample=0.85,
                        colsample_bytree=0.7, min_child_weight=5, reg_lambda=1.0,
                        eval_metric="auc", random_state=SEED)
clf.fit(X_tr, y_tr, verbose=False)

p_te = clf.predict_proba(X_te)[:, 1]
print("XGB test AUC      : %.4f" % roc_auc_score(y_te, p_te))
print("XGB test accuracy : %.4f" % accuracy_score(y_te, p_te > 0.5))
print("XGB test F1 @0.5  : %.4f" % f1_score(y_te, p_te > 0.5))

fpr, tpr, _ = roc_curve(y_te, p_te)
fig, ax = plt.subplots(1, 2, figsize=(12, 5))
ax[0].plot(fpr, tpr, label="xgb")
ax[0].plot([0, 1], [0, 1], "k--", lw=0.8, label="chance")
ax[0].legend()
ax[0].set_title("ROC - XGBoost")
imp = pd.Series(clf.feature_importances_, index=features).nlargest(15)
imp[::-1].plot.barh(ax=ax[1])
ax[1].set_title("top 15 features (gain)")
fig.tight_layout()
fig.savefig("xgb_credit_default.png")
