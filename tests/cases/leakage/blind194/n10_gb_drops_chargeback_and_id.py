import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, confusion_matrix

# load data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.describe())
print("fraud rate:", train["is_fraud"].mean())

# convert time
for d in [train, test]:
    d["transaction_time"] = pd.to_datetime(d["transaction_time"])
    d["hour"] = d["transaction_time"].dt.hour
    d["day"] = d["transaction_time"].dt.day
    d["weekday"] = d["transaction_time"].dt.weekday
    d["weekend"] = (d["weekday"] >= 5).astype(int)
    d["amount_log"] = np.log(d["amount"] + 1)

# one hot encoding for the categorical columns
train = pd.get_dummies(train, columns=["merchant_category", "country", "device"])
test = pd.get_dummies(test, columns=["merchant_category", "country", "device"])

# card and merchant ids have too many values, drop them
# chargeback_flag is only set after the fraud is reported -> not available at prediction time
X = train.drop(columns=["is_fraud", "transaction_id", "chargeback_flag",
                        "card_id", "merchant_id", "transaction_time"])
y = train["is_fraud"]

test_ids = test["transaction_id"]
test = test.reindex(columns=X.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, random_state=123, stratify=y
)
print(X_train.shape, X_test.shape)

# baseline
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_test)[:, 1]
print("Baseline AUC:", roc_auc_score(y_test, dummy_proba))

# model
gb = GradientBoostingClassifier(n_estimators=200, learning_rate=0.1, max_depth=3,
                                random_state=123)
gb.fit(X_train, y_train)

y_proba = gb.predict_proba(X_test)[:, 1]
y_pred = (y_proba > 0.5).astype(int)

print("GB AUC:", roc_auc_score(y_test, y_proba))
print("GB F1:", f1_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))

# feature importance
fi = pd.DataFrame({"feature": X.columns, "importance": gb.feature_importances_})
print(fi.sort_values("importance", ascending=False).head(15))

# retrain on full data and predict
gb.fit(X, y)
predictions = gb.predict_proba(test[X.columns])[:, 1]

submission = pd.DataFrame({"transaction_id": test_ids,
                           "prediction": predictions})
submission.to_csv("predictions.csv", index=False)
print(submission.head())
