"""Model comparison for card fraud.

Candidates are compared with 5-fold CV on the training part; the winner is
scored once on the untouched 20% test split.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

cfg = json.load(open("task.json"))
TARGET, ID_COL = cfg["target"], cfg["id_column"]
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(cfg["metric"], train[TARGET].mean())

num_cols = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days",
            "card_present", "country_mismatch"]
cat_cols = ["merchant_category"]
X = train[num_cols + cat_cols]
y = train[TARGET]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)


def make_pre():
    return ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])


candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=3000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=1),
    "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, random_state=1),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
cv_scores = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", make_pre()), ("clf", est)])
    s = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="average_precision", n_jobs=-1)
    cv_scores[name] = s.mean()
    print(f"{name:7s} CV AP {s.mean():.4f} +/- {s.std():.4f}")

best_name = max((k for k in cv_scores if k != "dummy"), key=cv_scores.get)
print("selected:", best_name)

best = Pipeline([("pre", make_pre()), ("clf", candidates[best_name])])
best.fit(X_train, y_train)
p_test = best.predict_proba(X_test)[:, 1]
print(f"held-out test AP {average_precision_score(y_test, p_test):.4f}, AUC {roc_auc_score(y_test, p_test):.4f}")
print(f"(prior baseline AP would be ~{y_test.mean():.4f})")

best.fit(X, y)
pred = best.predict_proba(test[num_cols + cat_cols])[:, 1]
pd.DataFrame({ID_COL: test[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
