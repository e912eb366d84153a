"""Credit card fraud - XGBoost with early stopping.

Kaggle creditcard.csv. scale_pos_weight handles the imbalance, early stopping
finds the number of trees.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report, f1_score

df = pd.read_csv("creditcard.csv")
print(df.shape)
print(df["Class"].value_counts())
print(df.describe().T.head(10))

df["hour"] = (df["Time"] // 3600) % 24
df["log_amount"] = np.log1p(df["Amount"])

fraud_by_hour = df.groupby("hour")["Class"].mean()
fraud_by_hour.plot(kind="bar", title="fraud rate by hour of day")
plt.savefig("fraud_by_hour.png")
plt.close()

features = [c for c in df.columns if c.startswith("V")] + ["log_amount", "hour"]
X = df[features]
y = df["Class"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2023)

neg, pos = np.bincount(y_train)
print("scale_pos_weight:", neg / pos)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_test)[:, 1]
print("dummy baseline PR-AUC:", average_precision_score(y_test, dummy_proba))

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=neg / pos,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    tree_method="hist",
    random_state=2023,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
print("test ROC-AUC:", roc_auc_score(y_test, proba))
print("test PR-AUC :", average_precision_score(y_test, proba))
pred = (proba > 0.5).astype(int)
print("test F1:", f1_score(y_test, pred))
print(classification_report(y_test, pred, digits=4))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))
imp.head(20).plot(kind="bar", figsize=(12, 4))
plt.tight_layout()
plt.savefig("xgb_importance.png")
plt.close()
