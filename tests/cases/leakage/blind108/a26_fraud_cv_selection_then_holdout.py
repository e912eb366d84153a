"""Card fraud - compare model families by 5-fold CV on the development part, then score the
chosen one once on a 20% holdout of train.csv. Metric: average precision."""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 42
task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]

RAW = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h",
       "avg_amount_30d", "distance_from_home_km", "merchant_category", "device_type"]


def make_features(df, columns=None):
    X = pd.get_dummies(df[RAW], columns=["merchant_category", "device_type"], dtype=float).fillna(0)
    X["amount_ratio"] = X["amount"] / (X["avg_amount_30d"] + 1)
    X["log_amount"] = np.log1p(X["amount"])
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = make_features(train)
y = train[TARGET]
X_test = make_features(test, X.columns)

X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

candidates = {
    "prior": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.5)),
    "random_forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=SEED),
    "extra_trees": ExtraTreesClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=SEED),
    "hist_gb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, random_state=SEED),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
cv_ap = {}
for name, model in candidates.items():
    s = cross_val_score(model, X_dev, y_dev, cv=cv, scoring="average_precision", n_jobs=-1)
    cv_ap[name] = s.mean()
    print(f"CV  {name:14s} AP {s.mean():.4f} +- {s.std():.4f}")

best_name = max((n for n in cv_ap if n != "prior"), key=cv_ap.get)
print("chosen by CV:", best_name)

best = candidates[best_name].fit(X_dev, y_dev)
prior = candidates["prior"].fit(X_dev, y_dev)
p_hold = best.predict_proba(X_hold)[:, 1]
p_prior = prior.predict_proba(X_hold)[:, 1]
print(f"holdout {best_name}: AP {average_precision_score(y_hold, p_hold):.4f} "
      f"AUC {roc_auc_score(y_hold, p_hold):.4f}")
print(f"holdout prior:   AP {average_precision_score(y_hold, p_prior):.4f}")

final = candidates[best_name].fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
