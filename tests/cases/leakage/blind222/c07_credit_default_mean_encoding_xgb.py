#!/usr/bin/env python
# Default of credit card clients (Taiwan, UCI) - XGBoost with mean-encoded categoricals
#
# usage: python c07_credit_default_mean_encoding_xgb.py

import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, accuracy_score, roc_curve

SEED = 2021
TARGET = "default"

raw = pd.read_csv("UCI_Credit_Card.csv")
raw = raw.rename(columns={"default.payment.next.month": TARGET, "PAY_0": "PAY_1"})
print(raw.shape)
print(raw[TARGET].value_counts(normalize=True).round(3))

# undocumented codes -> "other"
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


def mean_encode(df, cols, target=TARGET):
    """replace each category by the default rate observed for it"""
    df = df.copy()
    for c in cols:
        rates = df.groupby(c)[target].mean()
        df[c + "_rate"] = df[c].map(rates)
    return df


data = engineer(raw)
ENC_COLS = ["EDUCATION", "MARRIAGE", "PAY_1", "PAY_2", "age_bucket", "n_late"]
data = mean_encode(data, ENC_COLS)

print(data[[c + "_rate" for c in ENC_COLS]].describe().T.round(3))

features = [c for c in data.columns if c not in ("ID", TARGET)]
X = data[features]
y = data[TARGET]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)

params = dict(
    n_estimators=600,
    learning_rate=0.03,
    max_depth=4,
    subsample=0.85,
    colsample_bytree=0.7,
    min_child_weight=5,
    reg_lambda=1.0,
    eval_metric="auc",
    random_state=SEED,
)
clf = xgb.XGBClassifier(**params)
clf.fit(X_tr, y_tr, verbose=False)

p_te = clf.predict_proba(X_te)[:, 1]
print("test AUC      : %.4f" % roc_auc_score(y_te, p_te))
print("test accuracy : %.4f" % accuracy_score(y_te, p_te > 0.5))
print("test F1 @0.5  : %.4f" % f1_score(y_te, p_te > 0.5))

# default rate by predicted decile - should be monotone
deciles = pd.qcut(p_te, 10, labels=False, duplicates="drop")
print(pd.Series(y_te.values).groupby(deciles).mean().round(3))

fpr, tpr, _ = roc_curve(y_te, p_te)
fig, ax = plt.subplots(1, 2, figsize=(12, 5))
ax[0].plot(fpr, tpr)
ax[0].plot([0, 1], [0, 1], "k--", lw=0.8)
ax[0].set_title("ROC - XGBoost")
imp = pd.Series(clf.feature_importances_, index=features).nlargest(15)
imp[::-1].plot.barh(ax=ax[1])
ax[1].set_title("top 15 features (gain)")
fig.tight_layout()
fig.savefig("xgb_credit_default.png")
