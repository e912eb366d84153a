# Churn prediction
# Author: candidate
# Steps: load data -> clean -> random forest -> accuracy -> predictions

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

# load the data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.info())
print("number of rows:", len(train))

# check missing values
print(train.isnull().sum())

# fill missing values with 0
train = train.fillna(0)
test = test.fillna(0)

# convert categories into numbers
train = pd.get_dummies(train, columns=["plan", "region"])
test = pd.get_dummies(test, columns=["plan", "region"])

# make sure test has the same columns
for col in train.columns:
    if col not in test.columns and col != "churned_next_month":
        test[col] = 0

# choose the features
features = [
    "tenure_months",
    "monthly_spend",
    "logins_30d",
    "support_tickets_30d",
    "days_since_last_login",
]
features += [c for c in train.columns if c.startswith("plan_") or c.startswith("region_")]

X = train[features]
y = train["churned_next_month"]

# split into train and test
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

print("train size:", X_train.shape)
print("test size:", X_test.shape)

# train the model
model = RandomForestClassifier(n_estimators=200, max_depth=8, random_state=42)
model.fit(X_train, y_train)

# evaluate
y_pred = model.predict(X_test)
acc = accuracy_score(y_test, y_pred)
print("Accuracy:", acc)

if acc > 0.9:
    print("The model is very good!")

# feature importance
importances = pd.Series(model.feature_importances_, index=features)
print(importances.sort_values(ascending=False))

# train on all data and predict
model.fit(X, y)
predictions = model.predict_proba(test[features])[:, 1]

submission = pd.DataFrame()
submission["snapshot_id"] = test["snapshot_id"]
submission["prediction"] = predictions
submission.to_csv("predictions.csv", index=False)
print("Saved predictions.csv")
