# Churn prediction
# Random forest + SMOTE because the classes are imbalanced

import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.isnull().sum())
print(train["churned_next_month"].value_counts())

# fill missing values
train["days_since_last_login"] = train["days_since_last_login"].fillna(0)
test["days_since_last_login"] = test["days_since_last_login"].fillna(0)
train["monthly_charges"] = train["monthly_charges"].fillna(0)
test["monthly_charges"] = test["monthly_charges"].fillna(0)

# encode plan and region
train = pd.get_dummies(train, columns=["plan", "region"])
test = pd.get_dummies(test, columns=["plan", "region"])

features = [
    "tenure_months",
    "monthly_charges",
    "has_discount",
    "logins_30d",
    "days_since_last_login",
    "support_tickets_30d",
    "payment_failures_90d",
]
features += [c for c in train.columns if c.startswith("plan_") or c.startswith("region_")]

for c in features:
    if c not in test.columns:
        test[c] = 0

X = train[features]
y = train["churned_next_month"]

# balance the classes
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", y_res.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.25, random_state=42)

rf = RandomForestClassifier(n_estimators=200, max_depth=12, random_state=42)
rf.fit(X_train, y_train)

y_pred = rf.predict(X_test)
acc = accuracy_score(y_test, y_pred)
print("Accuracy:", acc)

# the model is good, train on everything and predict
rf.fit(X_res, y_res)
preds = rf.predict_proba(test[features])[:, 1]

submission = pd.DataFrame()
submission["snapshot_id"] = test["snapshot_id"]
submission["prediction"] = preds
submission.to_csv("predictions.csv", index=False)
print("done")
