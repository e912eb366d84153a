# Fraud detection take-home
# Data is very imbalanced (3% fraud) -> SMOTE to balance the classes, then train/test models.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from xgboost import XGBClassifier
from sklearn.metrics import classification_report, confusion_matrix, roc_auc_score, average_precision_score

data = pd.read_csv("train.csv")
test_data = pd.read_csv("test.csv")

print(data.shape)
print(data.head())
print(data.info())
print(data.isnull().sum())
print(data["is_fraud"].value_counts())

sns.countplot(x="is_fraud", data=data)
plt.title("Class distribution")
plt.savefig("class_dist.png")
plt.close()

print(data["merchant_category"].value_counts())
print(data["country"].value_counts().head(20))
print(data["device_type"].value_counts())
print(data.groupby("is_fraud")[["amount", "card_age_days", "tx_count_24h"]].mean())

# correlation heatmap
plt.figure(figsize=(8, 6))
sns.heatmap(data.select_dtypes("number").corr(), annot=True, fmt=".2f", cmap="RdBu_r")
plt.savefig("corr.png")
plt.close()

# ---- preprocessing
drop_cols = ["transaction_id", "card_id", "chargeback_flag", "is_fraud"]
cat_cols = ["merchant_category", "country", "device_type"]

X = data.drop(columns=drop_cols)
y = data["is_fraud"]
X = pd.get_dummies(X, columns=cat_cols, drop_first=True, dtype=int)
X_sub = pd.get_dummies(test_data.drop(columns=["transaction_id", "card_id", "chargeback_flag"]),
                       columns=cat_cols, drop_first=True, dtype=int)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)

num_cols = ["amount", "hour", "card_age_days", "tx_count_24h"]
scaler = StandardScaler()
X[num_cols] = scaler.fit_transform(X[num_cols])
X_sub[num_cols] = scaler.transform(X_sub[num_cols])

# ---- balance the classes
sm = SMOTE(random_state=42, k_neighbors=5)
X_res, y_res = sm.fit_resample(X, y)
print("before SMOTE:", y.value_counts().to_dict())
print("after SMOTE: ", y_res.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.2, random_state=42, stratify=y_res)
print(X_train.shape, X_test.shape)

# ---- models
lr = LogisticRegression(max_iter=1000)
lr.fit(X_train, y_train)
lr_pred = lr.predict(X_test)
lr_proba = lr.predict_proba(X_test)[:, 1]
print("Logistic Regression")
print(classification_report(y_test, lr_pred, digits=4))
print("ROC AUC:", roc_auc_score(y_test, lr_proba))

rf = RandomForestClassifier(n_estimators=200, random_state=42, n_jobs=-1)
rf.fit(X_train, y_train)
rf_pred = rf.predict(X_test)
rf_proba = rf.predict_proba(X_test)[:, 1]
print("Random Forest")
print(classification_report(y_test, rf_pred, digits=4))
print("ROC AUC:", roc_auc_score(y_test, rf_proba))

xgb = XGBClassifier(n_estimators=300, max_depth=5, learning_rate=0.1, eval_metric="logloss")
xgb.fit(X_train, y_train)
xgb_pred = xgb.predict(X_test)
xgb_proba = xgb.predict_proba(X_test)[:, 1]
print("XGBoost")
print(classification_report(y_test, xgb_pred, digits=4))
print("ROC AUC:", roc_auc_score(y_test, xgb_proba))
print("PR AUC:", average_precision_score(y_test, xgb_proba))

cm = confusion_matrix(y_test, xgb_pred)
sns.heatmap(cm, annot=True, fmt="d")
plt.title("XGBoost confusion matrix")
plt.savefig("cm_xgb.png")
plt.close()

importances = pd.Series(xgb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(15))

# XGBoost is best -> use it for the submission
pred_sub = xgb.predict_proba(X_sub)[:, 1]
pd.DataFrame({"transaction_id": test_data["transaction_id"], "prediction": pred_sub}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
