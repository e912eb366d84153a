# -----------------------------------------------------------------------------
# NBA home-win classifier
# requirements: pandas, numpy, scikit-learn
# run:          python y22_nba_games_cv_model_selection.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - features are built by build_features.py from the previous games only
#   - metrics go to stdout; artefacts to results/y22_nba_games_cv_model_selection.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""NBA home-win model: choose the classifier by cross-validation on the
training games, then score the chosen one once on the untouched test games."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FEATURES = [
    "home_elo", "away_elo", "elo_diff",
    "home_win_pct_last10", "away_win_pct_last10",
    "home_rest_days", "away_rest_days",
    "home_net_rating_season", "away_net_rating_season",
]

games = pd.read_csv("nba_pregame_features.csv")
X, y = games[FEATURES], games["home_win"]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=10, stratify=y)

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, random_state=10),
    "gbm": GradientBoostingClassifier(n_estimators=200, max_depth=2, random_state=10),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=10)
cv_scores = {}
for name, model in candidates.items():
    s = cross_val_score(model, X_train, y_train, cv=cv, scoring="neg_log_loss")
    cv_scores[name] = -s.mean()
    print(f"{name:7s} CV log loss {cv_scores[name]:.4f} (+/- {s.std():.4f})")

best_name = min(cv_scores, key=cv_scores.get)
best = candidates[best_name].fit(X_train, y_train)
proba = best.predict_proba(X_test)[:, 1]
print(f"\nselected by CV: {best_name}")
print(f"test log loss {log_loss(y_test, proba):.4f}, "
      f"accuracy {accuracy_score(y_test, (proba > 0.5).astype(int)):.4f}")


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(best, "results/y22_nba_games_cv_model_selection.joblib")
with open("results/y22_nba_games_cv_model_selection.json", "w") as fh:
    json.dump({"script": "y22_nba_games_cv_model_selection", "n_rows": int(len(games))}, fh, indent=2)
print("saved results/y22_nba_games_cv_model_selection.json")
