# Fraud detection take home
# I used an SGD linear model (fast on big data) with scaled features.

import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import SGDClassifier

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("train shape", train.shape)
print("test shape", test.shape)
print(train.head())
print(train.is_fraud.value_counts())


def make_features(df):
    df = df.copy()
    df["transaction_time"] = pd.to_datetime(df["transaction_time"])
    df["hour"] = df["transaction_time"].dt.hour
    df["weekday"] = df["transaction_time"].dt.weekday
    df["amount"] = df["amount"].fillna(0)
    df["amount_log"] = np.log1p(df["amount"])
    df["high_amount"] = (df["amount"] > 1000).astype(int)
    df["late_night"] = df["hour"].isin([0, 1, 2, 3, 4]).astype(int)
    df = pd.get_dummies(df, columns=["merchant_category", "country", "device"])
    return df


train = make_features(train)
test = make_features(test)

cols = [c for c in train.columns
        if c not in ["transaction_id", "card_id", "merchant_id",
                     "transaction_time", "chargeback_flag", "is_fraud"]]
test = test.reindex(columns=train.columns, fill_value=0)

X = train[cols].values
y = train["is_fraud"].values

scaler = StandardScaler()
X = scaler.fit_transform(X)
X_test = scaler.transform(test[cols].values)

# log loss so that predict_proba is available (hinge has none)
model = SGDClassifier(loss="log_loss", alpha=1e-4, class_weight="balanced",
                      max_iter=50, tol=1e-4, random_state=0)
model.fit(X, y)
print("converged after", model.n_iter_, "epochs")

probs = model.predict_proba(X_test)[:, 1]
print("mean predicted fraud prob:", probs.mean())
print("predicted fraud (>0.5):", (probs > 0.5).sum())

sub = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": probs})
sub.to_csv("predictions.csv", index=False)
print("saved predictions.csv")
