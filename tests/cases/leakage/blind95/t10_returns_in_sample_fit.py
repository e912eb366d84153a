import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report

# load data
train = pd.read_csv("train.csv", parse_dates=["order_date"])
test = pd.read_csv("test.csv", parse_dates=["order_date"])

print(train.head())
print(train["returned"].value_counts())

# feature engineering
def make_features(df):
    df = df.copy()
    df["month"] = df["order_date"].dt.month
    df["weekday"] = df["order_date"].dt.weekday
    df["is_weekend"] = (df["weekday"] >= 5).astype(int)
    df["value_per_item"] = df["order_value"] / df["n_items"].clip(lower=1)
    df["big_discount"] = (df["discount_pct"] >= 30).astype(int)
    df = pd.get_dummies(df, columns=["box_type", "plan", "region", "channel"], dtype=int)
    return df

train_f = make_features(train)
test_f = make_features(test)

drop = ["order_id", "customer_id", "order_date", "returned", "refund_amount", "return_label_printed"]
X = train_f.drop(columns=drop)
y = train_f["returned"]
X_test = test_f.reindex(columns=X.columns, fill_value=0)

# model
model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
model.fit(X, y)

# evaluation
proba = model.predict_proba(X)[:, 1]
pred = model.predict(X)
print("ROC AUC:", roc_auc_score(y, proba))
print("Accuracy:", accuracy_score(y, pred))
print(classification_report(y, pred))

# predictions
pd.DataFrame({"order_id": test["order_id"], "prediction": model.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("saved predictions.csv")
