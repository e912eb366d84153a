"""Underdog-wins (upset) classifier.

Logistic regression on market + team-news features. The positive class is rare, so the
minority class is oversampled as a step of an imblearn pipeline, which cross-validation
refits on each training fold.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.preprocessing import StandardScaler

FEATURES = [
    "fav_odds_open", "dog_odds_open", "fav_odds_close", "dog_odds_close",
    "fav_elo", "dog_elo", "dog_is_home", "fav_rest_days", "dog_rest_days",
    "fav_missing_starters", "dog_missing_starters", "derby",
]


def add_features(df):
    df = df.copy()
    df["line_move"] = np.log(df["dog_odds_close"]) - np.log(df["dog_odds_open"])
    df["elo_gap"] = df["fav_elo"] - df["dog_elo"]
    df["news_gap"] = df["fav_missing_starters"] - df["dog_missing_starters"]
    return df


train = add_features(pd.read_csv("train.csv"))
test = add_features(pd.read_csv("test.csv"))
cols = FEATURES + ["line_move", "elo_gap", "news_gap"]

X, y = train[cols].fillna(0).values, train["upset"].values
print(f"{len(y)} matches, upset rate {y.mean():.3f}")

clf = Pipeline([
    ("ros", RandomOverSampler(random_state=0)),
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(C=0.3, max_iter=2000)),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
metrics = ["f1", "roc_auc", "average_precision", "recall", "precision"]

for name, est in [("dummy (stratified)", DummyClassifier(strategy="stratified", random_state=0)),
                  ("logreg + ROS", clf)]:
    res = cross_validate(est, X, y, cv=cv, scoring=metrics)
    print(name)
    for k in metrics:
        s = res[f"test_{k}"]
        print(f"  {k:>17}: {s.mean():.4f} (+/- {s.std():.4f})")

clf.fit(X, y)
coefs = pd.Series(clf.named_steps["lr"].coef_[0], index=cols).sort_values()
print(coefs.round(3).to_string())

pd.DataFrame({"match_id": test["match_id"],
              "prediction": clf.predict_proba(test[cols].fillna(0).values)[:, 1]}).to_csv("predictions.csv", index=False)
