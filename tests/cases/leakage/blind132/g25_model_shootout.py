"""Model shoot-out for the card-fraud task.

Train several model families on the same features, compare them on the hold-out,
keep the winner, report its score and write the submission.
"""
import json
import time

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
NUMS = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
        "country_mismatch", "card_age_days"]
CATS = ["merchant_category"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (df, test):
    d["distance_from_home_km"] = d["distance_from_home_km"].fillna(0)
    d["log_amount"] = np.log1p(d["amount"])
NUMS.append("log_amount")

X, y = df[NUMS + CATS], df[TARGET]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)


def encoder(scale=False):
    return ColumnTransformer([
        ("num", StandardScaler() if scale else "passthrough", NUMS),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATS),
    ])


ratio = float((y_tr == 0).sum() / (y_tr == 1).sum())
zoo = {
    "dummy_prior": make_pipeline(encoder(), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(encoder(scale=True), LogisticRegression(max_iter=3000, class_weight="balanced")),
    "random_forest": make_pipeline(encoder(), RandomForestClassifier(400, class_weight="balanced_subsample", n_jobs=-1)),
    "extra_trees": make_pipeline(encoder(), ExtraTreesClassifier(400, class_weight="balanced", n_jobs=-1)),
    "xgboost": make_pipeline(encoder(), XGBClassifier(n_estimators=500, learning_rate=0.05, scale_pos_weight=ratio)),
    "lightgbm": make_pipeline(encoder(), LGBMClassifier(n_estimators=500, learning_rate=0.05, is_unbalance=True, verbose=-1)),
    "catboost": make_pipeline(encoder(), CatBoostClassifier(iterations=600, auto_class_weights="Balanced", verbose=0)),
}

rows = []
for name, pipe in zoo.items():
    t0 = time.time()
    pipe.fit(X_tr, y_tr)
    p = pipe.predict_proba(X_te)[:, 1]
    rows.append({"model": name, "ap": average_precision_score(y_te, p), "auc": roc_auc_score(y_te, p),
                 "secs": round(time.time() - t0, 1)})

board = pd.DataFrame(rows).sort_values("ap", ascending=False).reset_index(drop=True)
print(board.to_string(index=False))

winner = board.loc[0, "model"]
print(f"\nselected: {winner}  ->  hold-out AP {board.loc[0, 'ap']:.4f}, AUC {board.loc[0, 'auc']:.4f}")

with open("metrics.json", "w") as fh:
    json.dump({"average_precision": round(float(board.loc[0, "ap"]), 4)}, fh)

best = zoo[winner].fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": best.predict_proba(test[NUMS + CATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
