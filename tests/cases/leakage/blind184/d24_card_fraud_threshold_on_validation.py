"""Credit card fraud detection (ULB / Kaggle creditcard.csv) with LightGBM.

Features V1..V28 are PCA components supplied by the data owner; Amount is raw.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (
    average_precision_score,
    f1_score,
    precision_recall_curve,
    precision_score,
    recall_score,
)
from sklearn.model_selection import train_test_split

SEED = 2023

df = pd.read_csv("creditcard.csv")
print(df.shape, "fraud share:", df["Class"].mean().round(5))

# 'Time' is seconds since the first transaction of the two-day extract;
# we do not use it.
df = df.drop(columns=["Time"])
df["log_amount"] = np.log1p(df["Amount"])
df = df.drop(columns=["Amount"])

X = df.drop(columns=["Class"])
y = df["Class"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED
)
# carve a validation set out of the training part for threshold tuning
X_tr, X_val, y_tr, y_val = train_test_split(
    X_train, y_train, test_size=0.25, stratify=y_train, random_state=SEED
)

params = dict(
    n_estimators=600,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.7,
    scale_pos_weight=5,
    random_state=SEED,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(X_tr, y_tr)

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("baseline AP:", round(average_precision_score(y_test, baseline.predict_proba(X_test)[:, 1]), 4))

test_proba = model.predict_proba(X_test)[:, 1]
print("model AP   :", round(average_precision_score(y_test, test_proba), 4))

# ------------------------------------------------------------------
# choose the operating threshold that maximises F1 on the validation set
# ------------------------------------------------------------------
val_proba = model.predict_proba(X_val)[:, 1]
precision, recall, thresholds = precision_recall_curve(y_val, val_proba)
f1 = 2 * precision[:-1] * recall[:-1] / (precision[:-1] + recall[:-1] + 1e-12)
best_idx = int(np.argmax(f1))
threshold = thresholds[best_idx]
print(f"chosen threshold: {threshold:.3f}")

test_pred = (test_proba >= threshold).astype(int)
print("Test results at the chosen threshold")
print(f"  precision = {precision_score(y_test, test_pred):.3f}")
print(f"  recall    = {recall_score(y_test, test_pred):.3f}")
print(f"  F1        = {f1_score(y_test, test_pred):.3f}")

cm = pd.crosstab(pd.Series(y_test.values, name="actual"), pd.Series(test_pred, name="predicted"))
print(cm)
