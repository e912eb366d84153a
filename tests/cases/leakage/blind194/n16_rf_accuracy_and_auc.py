# Card Fraud Detection
# Random Forest model

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

# read the data
data = pd.read_csv("train.csv")
test_data = pd.read_csv("test.csv")

print(data.head(10))
print(data.shape)
print(data.columns)
print(data["is_fraud"].value_counts())

# check missing values
print(data.isnull().sum())

# fill missing values
data["country"] = data["country"].fillna("unknown")
data["device"] = data["device"].fillna("unknown")
test_data["country"] = test_data["country"].fillna("unknown")
test_data["device"] = test_data["device"].fillna("unknown")

# device mapping
device_map = {"mobile": 0, "desktop": 1, "tablet": 2, "pos": 3, "unknown": 4}
data["device"] = data["device"].map(device_map).fillna(4)
test_data["device"] = test_data["device"].map(device_map).fillna(4)

# hour of transaction
data["hour"] = pd.to_datetime(data["transaction_time"]).dt.hour
test_data["hour"] = pd.to_datetime(test_data["transaction_time"]).dt.hour

# one hot encode merchant category and country
data = pd.get_dummies(data, columns=["merchant_category", "country"])
test_data = pd.get_dummies(test_data, columns=["merchant_category", "country"])

# select features
features = []
for col in data.columns:
    if col not in ["transaction_id", "card_id", "merchant_id", "transaction_time",
                   "chargeback_flag", "is_fraud"]:
        features.append(col)
print("features:", features)

for col in features:
    if col not in test_data.columns:
        test_data[col] = 0

X = data[features]
y = data["is_fraud"]

# split data
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

# train model
model = RandomForestClassifier(n_estimators=100, random_state=42)
model.fit(X_train, y_train)

# evaluate
y_pred = model.predict(X_test)
y_prob = model.predict_proba(X_test)[:, 1]
print("Accuracy:", accuracy_score(y_test, y_pred))
print("ROC AUC:", roc_auc_score(y_test, y_prob))
print(classification_report(y_test, y_pred))

# predict on test data
model.fit(X, y)
test_pred = model.predict_proba(test_data[features])[:, 1]

submission = pd.DataFrame()
submission["transaction_id"] = test_data["transaction_id"]
submission["prediction"] = test_pred
submission.to_csv("predictions.csv", index=False)
print("Saved predictions.csv")
