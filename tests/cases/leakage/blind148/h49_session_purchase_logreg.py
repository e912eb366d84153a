"""Session purchase propensity - regularised logistic regression.

A transparent linear model that the merchandising team can read: standardised
implicit-feedback features so the coefficients are comparable.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 5
df = pd.read_csv("train.csv")

df["log_price"] = np.log1p(df["price"])
df["log_dwell"] = np.log1p(df["dwell_seconds"].clip(lower=0))
df["carted"] = (df["cart_adds_in_session"] > 0).astype(int)
df["views_x_cart"] = df["views_in_session"] * df["carted"]
df["mobile"] = (df["device"] == "mobile").astype(int)
df["from_search"] = (df["referrer"] == "search").astype(int)
df["from_email"] = (df["referrer"] == "email").astype(int)

NUMERIC = ["log_price", "log_dwell", "views_in_session", "cart_adds_in_session", "carted",
           "views_x_cart", "mobile", "from_search", "from_email"]

scaler = StandardScaler()
Z = pd.DataFrame(scaler.fit_transform(df[NUMERIC]), columns=NUMERIC, index=df.index)

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=SEED)
tr, te = next(gss.split(Z, df["purchased"], groups=df["session_id"]))

logit = LogisticRegression(C=0.5, max_iter=2000)
logit.fit(Z.iloc[tr], df["purchased"].iloc[tr])
p = logit.predict_proba(Z.iloc[te])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(Z.iloc[tr], df["purchased"].iloc[tr])
p_dummy = dummy.predict_proba(Z.iloc[te])[:, 1]

y_te = df["purchased"].iloc[te]
print("baseline (DummyClassifier)  AUC %.3f  AP %.3f" % (roc_auc_score(y_te, p_dummy), average_precision_score(y_te, p_dummy)))
print("logistic regression         AUC %.3f  AP %.3f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p)))
print(pd.Series(logit.coef_[0], index=NUMERIC).sort_values())

test = pd.read_csv("test.csv")
test["log_price"] = np.log1p(test["price"])
test["log_dwell"] = np.log1p(test["dwell_seconds"].clip(lower=0))
test["carted"] = (test["cart_adds_in_session"] > 0).astype(int)
test["views_x_cart"] = test["views_in_session"] * test["carted"]
test["mobile"] = (test["device"] == "mobile").astype(int)
test["from_search"] = (test["referrer"] == "search").astype(int)
test["from_email"] = (test["referrer"] == "email").astype(int)
logit.fit(Z, df["purchased"])
pd.DataFrame({"event_id": test["event_id"],
              "prediction": logit.predict_proba(scaler.transform(test[NUMERIC]))[:, 1]}).to_csv("predictions.csv", index=False)
