import json
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

# load data
task = json.load(open("task.json"))
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train.head())
print(train.isnull().sum())
print(train["is_fraud"].value_counts())

# simple features
def add_cols(df):
    df = df.copy()
    df["timestamp"] = pd.to_datetime(df["timestamp"])
    df["hour"] = df["timestamp"].dt.hour
    df["day"] = df["timestamp"].dt.dayofweek
    df["diff_country"] = np.where(df["merchant_country"] != df["card_country"], 1, 0)
    df["online"] = np.where(df["channel"] == "ecom", 1, 0)
    df["mobile"] = np.where(df["device_type"] == "mobile", 1, 0)
    df = df.sort_values(["card_id", "timestamp"])
    df["n_prev_txn"] = df.groupby("card_id").cumcount()
    df["prev_gap_min"] = df.groupby("card_id")["timestamp"].diff().dt.total_seconds() / 60
    df["prev_gap_min"] = df["prev_gap_min"].fillna(100000)
    return df.sort_index()

train = add_cols(train)
test = add_cols(test)

cols = ["amount", "hour", "day", "diff_country", "online", "mobile", "n_prev_txn", "prev_gap_min",
        "customer_age", "account_age_days"]
X = train[cols].fillna(0)
y = train["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

# dummy model as a reference
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
print("Dummy accuracy:", accuracy_score(y_test, dummy.predict(X_test)))

# decision tree
tree = DecisionTreeClassifier(max_depth=6, random_state=1)
tree.fit(X_train, y_train)
print("Tree accuracy:", accuracy_score(y_test, tree.predict(X_test)))

# random forest
forest = RandomForestClassifier(n_estimators=200, max_depth=10, random_state=1)
forest.fit(X_train, y_train)
print("Forest accuracy:", accuracy_score(y_test, forest.predict(X_test)))

# feature importance
for c, imp in sorted(zip(cols, forest.feature_importances_), key=lambda t: -t[1]):
    print(c, round(imp, 3))

# final model on all data
forest.fit(X, y)
preds = forest.predict_proba(test[cols].fillna(0))[:, 1]
out = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": preds})
out.to_csv("predictions.csv", index=False)
print(out.head())
