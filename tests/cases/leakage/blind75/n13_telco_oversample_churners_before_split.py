#!/usr/bin/env python
# "Will this customer churn within their first 12 months?" as a plain classifier.
#
# Label: 1 if churned with tenure <= 12, 0 if observed for more than 12 months.
# Customers still active with < 12 months of tenure are censored before the horizon -> dropped.

import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import accuracy_score

HORIZON = 12

df = pd.read_csv("train.csv")

early = (df["churned"] == 1) & (df["tenure_months"] <= HORIZON)
observed_past = df["tenure_months"] > HORIZON
df = df[early | observed_past].copy()
df["churn_12m"] = early[df.index].astype(int)
print("rows kept:", len(df), "positive share:", round(df["churn_12m"].mean(), 3))

features = ["monthly_charges", "num_lines", "avg_monthly_gb", "age", "has_fiber", "senior", "autopay",
            "contract_type", "payment_method", "plan_type", "signup_channel"]

# balance the classes by upsampling early churners
pos = df[df["churn_12m"] == 1]
neg = df[df["churn_12m"] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg), random_state=1)
balanced = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=1)
print("after upsampling:", balanced["churn_12m"].value_counts().to_dict())

X = pd.get_dummies(balanced[features], drop_first=True, dtype=float)
y = balanced["churn_12m"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
clf.fit(X_train, y_train)

print("train accuracy: %.3f" % accuracy_score(y_train, clf.predict(X_train)))
print("test accuracy:  %.3f" % accuracy_score(y_test, clf.predict(X_test)))

coefs = pd.Series(clf[-1].coef_[0], index=X.columns).sort_values()
print(coefs.head(5))
print(coefs.tail(5))

test = pd.read_csv("test.csv")
X_sub = pd.get_dummies(test[features], drop_first=True, dtype=float).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"customer_id": test["customer_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
