"""
Credit Card Fraud Detection (ULB / Kaggle creditcard.csv)

The dataset is extremely imbalanced (~0.17% frauds), so we rebalance it with
SMOTE and then compare a few classifiers.
"""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from imblearn.over_sampling import SMOTE
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
print(df.isnull().sum().max())
print(df["Class"].value_counts())
print("fraud share: {:.4%}".format(df["Class"].mean()))

# ---------------------------------------------------------------
# quick look at Amount / Time for the two classes
fig, ax = plt.subplots(1, 2, figsize=(14, 4))
sns.histplot(df.loc[df.Class == 0, "Amount"], bins=60, ax=ax[0], color="b")
sns.histplot(df.loc[df.Class == 1, "Amount"], bins=60, ax=ax[1], color="r")
ax[0].set_title("Amount - genuine")
ax[1].set_title("Amount - fraud")
plt.show()

# Time is seconds since the first transaction; keep only the hour of day
df["hour"] = (df["Time"] // 3600) % 24
df["log_amount"] = np.log1p(df["Amount"])
df = df.drop(["Time", "Amount"], axis=1)

X = df.drop("Class", axis=1)
y = df["Class"]

# ---------------------------------------------------------------
# Rebalance: SMOTE creates synthetic frauds so the models see a 50/50 problem
sm = SMOTE(sampling_strategy="minority", random_state=RANDOM_STATE, k_neighbors=5)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", X_res.shape, np.bincount(y_res))

X_train, X_test, y_train, y_test = train_test_split(
    X_res, y_res, test_size=0.25, random_state=RANDOM_STATE, stratify=y_res
)

scaler = RobustScaler()
X_train_sc = scaler.fit_transform(X_train)
X_test_sc = scaler.transform(X_test)


def evaluate(name, model, X_tr, y_tr, X_te, y_te):
    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]
    pred = (proba >= 0.5).astype(int)
    res = {
        "model": name,
        "roc_auc": roc_auc_score(y_te, proba),
        "pr_auc": average_precision_score(y_te, proba),
        "f1": f1_score(y_te, pred),
    }
    print("=" * 60)
    print(name)
    print(classification_report(y_te, pred, digits=4))
    return res, pred


models = {
    "LogReg": LogisticRegression(max_iter=2000, C=0.1),
    "RandomForest": RandomForestClassifier(n_estimators=200, n_jobs=-1,
                                           random_state=RANDOM_STATE),
    "XGBoost": XGBClassifier(n_estimators=300, max_depth=5, learning_rate=0.1,
                             subsample=0.8, colsample_bytree=0.8,
                             eval_metric="logloss", random_state=RANDOM_STATE),
}

rows = []
preds = {}
for name, mdl in models.items():
    r, p = evaluate(name, mdl, X_train_sc, y_train, X_test_sc, y_test)
    rows.append(r)
    preds[name] = p

results = pd.DataFrame(rows).set_index("model").sort_values("pr_auc", ascending=False)
print(results)

# confusion matrices
fig, axes = plt.subplots(1, len(preds), figsize=(15, 4))
for ax, (name, p) in zip(axes, preds.items()):
    cm = confusion_matrix(y_test, p)
    sns.heatmap(cm, annot=True, fmt="d", cmap="Blues", ax=ax, cbar=False)
    ax.set_title(name)
plt.tight_layout()
plt.show()

# feature importance of the best tree model
best = models["XGBoost"]
imp = pd.Series(best.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.head(15).plot(kind="barh", figsize=(8, 6))
plt.gca().invert_yaxis()
plt.title("XGBoost importance")
plt.show()
