"""Subscription upgrade propensity (free/starter -> paid tier within 30 days).

Compare a gradient boosting pipeline against a dummy with stratified 10-fold CV.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "upgraded_30d"
ID = "user_id"

users = pd.read_csv("train.csv")
scoring_users = pd.read_csv("test.csv")
print(users.shape)
print(users[TARGET].value_counts(normalize=True))
print(users.groupby("plan_tier")[TARGET].mean())

CAT = ["signup_channel", "country", "plan_tier"]
NUM = ["days_active_30d", "sessions_30d", "features_used", "team_size", "seats",
       "support_contacts", "trial_extended", "nps_score"]

for frame in (users, scoring_users):
    frame["sessions_per_active_day"] = frame["sessions_30d"] / frame["days_active_30d"].clip(lower=1)
    frame["seat_utilisation"] = frame["team_size"] / frame["seats"].clip(lower=1)
NUM += ["sessions_per_active_day", "seat_utilisation"]

X = users[CAT + NUM]
y = users[TARGET]

prep = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), CAT),
    ("num", SimpleImputer(strategy="median"), NUM),
])
gbm = Pipeline([
    ("prep", prep),
    ("model", GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                         subsample=0.8, random_state=2)),
])

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=2)
dummy_scores = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, cv=cv)
gbm_scores = cross_val_score(gbm, X, y, cv=cv, n_jobs=-1)

print(f"dummy CV score: {dummy_scores.mean():.4f} +/- {dummy_scores.std():.4f}")
print(f"GBM   CV score: {gbm_scores.mean():.4f} +/- {gbm_scores.std():.4f}")
print("per fold:", np.round(gbm_scores, 4))

gbm.fit(X, y)
pd.DataFrame({ID: scoring_users[ID], "prediction": gbm.predict_proba(scoring_users[CAT + NUM])[:, 1]}).to_csv(
    "predictions.csv", index=False)
