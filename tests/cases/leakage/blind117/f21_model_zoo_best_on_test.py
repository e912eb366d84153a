"""
Card-fraud take-home.
Compares a few model families and keeps the best one for the submission.
"""
import json
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 17

task = json.load(open("task.json"))
df = pd.read_csv("train.csv", parse_dates=["timestamp"])
to_score = pd.read_csv("test.csv", parse_dates=["timestamp"])


def velocity_features(frame):
    frame = frame.sort_values(["card_id", "timestamp"]).copy()
    g = frame.groupby("card_id")
    frame["gap_s"] = g["timestamp"].diff().dt.total_seconds().fillna(1e6)
    frame["k"] = g.cumcount()
    frame["run_mean_amt"] = g["amount"].transform(lambda s: s.shift().expanding().mean()).fillna(frame["amount"])
    frame["amt_ratio"] = frame["amount"] / frame["run_mean_amt"].replace(0, np.nan)
    frame["amt_ratio"] = frame["amt_ratio"].fillna(1)
    frame["foreign"] = (frame["merchant_country"] != frame["card_country"]).astype(int)
    frame["hour"] = frame["timestamp"].dt.hour
    return frame.sort_index()


df = velocity_features(df)
to_score = velocity_features(to_score)

num = ["amount", "gap_s", "k", "amt_ratio", "foreign", "hour", "customer_age", "account_age_days"]
cat = ["channel", "entry_mode", "device_type", "merchant_category"]

X = df[num + cat]
y = df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)


def prep():
    return ColumnTransformer([
        ("num", StandardScaler(), num),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
    ])


candidates = {
    "dummy_prior": Pipeline([("prep", prep()), ("clf", DummyClassifier(strategy="prior"))]),
    "logreg": Pipeline([("prep", prep()), ("clf", LogisticRegression(max_iter=2000, class_weight="balanced"))]),
    "random_forest": Pipeline([("prep", prep()), ("clf", RandomForestClassifier(
        n_estimators=300, min_samples_leaf=5, class_weight="balanced_subsample", n_jobs=-1,
        random_state=RANDOM_STATE))]),
    "hist_gb": Pipeline([("prep", prep()), ("clf", HistGradientBoostingClassifier(
        max_iter=300, learning_rate=0.05, class_weight="balanced", random_state=RANDOM_STATE))]),
}

scores = {}
for name, pipe in candidates.items():
    t0 = time.time()
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_test)[:, 1]
    scores[name] = average_precision_score(y_test, p)
    print(f"{name:14s} AP={scores[name]:.4f} AUC={roc_auc_score(y_test, p):.4f} ({time.time() - t0:.1f}s)")

best_name = max(scores, key=scores.get)
print(f"\nbest model: {best_name} with test AP {scores[best_name]:.4f}")

best = candidates[best_name]
best.fit(X, y)
pd.DataFrame({"transaction_id": to_score["transaction_id"],
              "prediction": best.predict_proba(to_score[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)

with open("metrics.json", "w") as fh:
    json.dump({"average_precision": round(scores[best_name], 4)}, fh)
