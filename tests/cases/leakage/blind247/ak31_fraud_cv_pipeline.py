# Fraud take-home -- Gabriel (bootcamp grad, ex-accountant)
# I used a Pipeline + cross validation like in module 6 of the course

import pandas as pd
import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df.isnull().sum())
print(df["is_fraud"].value_counts())

# features
df["log_amount"] = np.log1p(df["amount"])
test["log_amount"] = np.log1p(test["amount"])

cat_cols = ["merchant_category", "country", "device_type"]
num_cols = ["log_amount", "hour", "card_age_days", "is_international", "n_tx_card_24h"]

# one hot on train+test together so both have the same columns
full = pd.concat([df[cat_cols + num_cols], test[cat_cols + num_cols]], keys=["tr", "te"])
full = pd.get_dummies(full, columns=cat_cols)
full[num_cols] = full[num_cols].fillna(0)
X = full.loc["tr"]
X_sub = full.loc["te"]
y = df["is_fraud"].values
print(X.shape, X_sub.shape)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(max_iter=1000, C=0.5)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)

dummy_scores = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, cv=cv)
print("Dummy CV:", dummy_scores.round(4), dummy_scores.mean())

scores = cross_val_score(pipe, X, y, cv=cv)
print("LogReg CV:", scores.round(4))
print("mean %.4f +- %.4f" % (scores.mean(), scores.std()))

# fit on everything and predict
pipe.fit(X, y)
sub = pd.DataFrame({"transaction_id": test["transaction_id"],
                    "prediction": pipe.predict_proba(X_sub)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
print(sub["prediction"].describe())
