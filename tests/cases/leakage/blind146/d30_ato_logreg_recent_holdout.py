#!/usr/bin/env python
"""ATO take-home: interpretable logistic model, most recent 20% of logins held out."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "is_takeover"
ID = "login_id"
TIME = "event_time"


def load(path):
    df = pd.read_csv(path, parse_dates=[TIME])
    df["hour"] = df[TIME].dt.hour
    df["night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    df["log_velocity"] = np.log1p(df["geo_velocity_kmh"].clip(lower=0))
    df["log_gap"] = np.log1p(df["hours_since_last_login"].clip(lower=0))
    return df


logins = load("train.csv").sort_values(TIME).reset_index(drop=True)
new_logins = load("test.csv")

# account_locked_later is set by the support team after the incident -> not usable
logins = logins.drop(columns=["account_locked_later"])

NUM = ["ip_risk_score", "failed_attempts_1h", "log_velocity", "log_gap", "hour", "night"]
BIN = ["new_device", "mfa_used", "fraud_team_flag"]
CAT = ["browser", "country"]

X = logins[NUM + BIN + CAT]
y = logins[TARGET]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, shuffle=False)
print("train ends", logins[TIME].iloc[len(X_tr) - 1], "| test starts", logins[TIME].iloc[len(X_tr)])

pre = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("bin", "passthrough", BIN),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), CAT),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(class_weight="balanced", C=0.3, max_iter=3000))])
clf.fit(X_tr, y_tr)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
proba = clf.predict_proba(X_te)[:, 1]
print("dummy  AP %.4f" % average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]))
print("logreg AP %.4f  ROC AUC %.4f" % (average_precision_score(y_te, proba), roc_auc_score(y_te, proba)))
print(classification_report(y_te, (proba > 0.8).astype(int), digits=3))

coef = pd.Series(clf.named_steps["lr"].coef_[0], index=clf.named_steps["pre"].get_feature_names_out())
print(coef.sort_values(key=np.abs, ascending=False).head(12))

clf.fit(X, y)
pd.DataFrame({ID: new_logins[ID], "prediction": clf.predict_proba(new_logins[NUM + BIN + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False)
