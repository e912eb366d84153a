"""
Credit Card Fraud Detection (ULB / Kaggle creditcard.csv)

Split first, then oversample the training part only with SMOTE. The test
set keeps the real class ratio, so the scores mean something.
"""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, classification_report,
                             confusion_matrix, f1_score, roc_auc_score)
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from xgboost import XGBClassifier

warnings.filterwarnings("ignore")
RANDOM_STATE = 42

df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
print(df.shape)
print(df["Class"].value_counts())
print("fraud share: {:.4%}".format(df["Class"].mean()))

df["hour"] = (df["Time"] // 3600) % 24
df["log_amount"] = np.log1p(df["Amount"])
df = df.drop(["Time", "Amount"], axis=1)

X = df.drop("Class", axis=1)
y = df["Class"]

# hold out 25% with the original (imbalanced) distribution
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=RANDOM_STATE, stratify=y
)

scaler = RobustScaler()
X_train_sc = pd.DataFrame(scaler.fit_transform(X_train), columns=X.columns)
X_test_sc = pd.DataFrame(scaler.transform(X_test), columns=X.columns)

# oversample the training rows only
sm = SMOTE(sampling_strategy=0.1, random_state=RANDOM_STATE)
X_train_res, y_train_res = sm.fit_resample(X_train_sc, y_train)
print("train before:", np.bincount(y_train), " after:", np.bincount(y_train_res))
print("test (untouched):", np.bincount(y_test))


def evaluate(name, model, X_tr, y_tr, X_te, y_te):
    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print("=" * 60)
    print(name)
    print(classification_report(y_te, pred, digits=4, zero_division=0))
    return {
        "model": name,
        "roc_auc": roc_auc_score(y_te, proba),
        "pr_auc": average_precision_score(y_te, proba),
        "f1": f1_score(y_te, pred, zero_division=0),
    }, pred


models = {
    "Baseline (prior)": DummyClassifier(strategy="prior"),
    "LogReg": LogisticRegression(max_iter=2000, C=0.1),
    "RandomForest": RandomForestClassifier(n_estimators=200, n_jobs=-1,
                                           random_state=RANDOM_STATE),
    "XGBoost": XGBClassifier(n_estimators=300, max_depth=5, learning_rate=0.1,
                             subsample=0.8, colsample_bytree=0.8,
                             eval_metric="logloss", random_state=RANDOM_STATE),
}

rows, preds = [], {}
for name, mdl in models.items():
    r, p = evaluate(name, mdl, X_train_res, y_train_res, X_test_sc, y_test)
    rows.append(r)
    preds[name] = p

results = pd.DataFrame(rows).set_index("model").sort_values("pr_auc", ascending=False)
print(results.round(4))

fig, axes = plt.subplots(1, len(preds), figsize=(18, 4))
for ax, (name, p) in zip(axes, preds.items()):
    sns.heatmap(confusion_matrix(y_test, p), annot=True, fmt="d",
                cmap="Blues", ax=ax, cbar=False)
    ax.set_title(name)
plt.tight_layout()
plt.show()
