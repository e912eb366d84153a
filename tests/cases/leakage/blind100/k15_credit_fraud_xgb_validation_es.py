"""Credit card fraud - XGBoost, early stopping and threshold on a validation split.

train (60%) -> fit
valid (20%) -> early stopping + decision threshold
test  (20%) -> scored once, at the very end
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (roc_auc_score, average_precision_score, f1_score,
                             precision_score, recall_score, precision_recall_curve)

SEED = 2023

df = pd.read_csv("creditcard.csv")
print(df.shape, df["Class"].mean())

df["hour"] = (df["Time"] // 3600) % 24
df["log_amount"] = np.log1p(df["Amount"])
features = [c for c in df.columns if c.startswith("V")] + ["log_amount", "hour"]
X, y = df[features], df["Class"]

X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_valid, y_train, y_valid = train_test_split(X_tmp, y_tmp, test_size=0.25, stratify=y_tmp,
                                                      random_state=SEED)
print(len(X_train), len(X_valid), len(X_test))

neg, pos = np.bincount(y_train)
model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=np.sqrt(neg / pos),
    eval_metric="aucpr",
    early_stopping_rounds=100,
    tree_method="hist",
    random_state=SEED,
)
model.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=250)
print("best iteration (on validation):", model.best_iteration)

# threshold that maximises F1 on the validation split
valid_proba = model.predict_proba(X_valid)[:, 1]
prec, rec, thr = precision_recall_curve(y_valid, valid_proba)
f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-12, None)
threshold = float(thr[np.argmax(f1)])
print(f"threshold chosen on validation: {threshold:.3f} (val F1 {f1.max():.3f})")

# baseline
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline PR-AUC (prior):", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))

# final, untouched test split
test_proba = model.predict_proba(X_test)[:, 1]
test_pred = (test_proba >= threshold).astype(int)
print("test ROC-AUC :", roc_auc_score(y_test, test_proba))
print("test PR-AUC  :", average_precision_score(y_test, test_proba))
print("test F1      :", f1_score(y_test, test_pred))
print("test precision / recall:", precision_score(y_test, test_pred), recall_score(y_test, test_pred))

pd.DataFrame({"row": X_test.index, "fraud_proba": test_proba}).to_csv("test_scores.csv", index=False)
