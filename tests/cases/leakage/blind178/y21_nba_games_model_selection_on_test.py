# -----------------------------------------------------------------------------
# NBA home-win classifier
# requirements: pandas, numpy, scikit-learn
# run:          python y21_nba_games_model_selection_on_test.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - features are built by build_features.py from the previous games only
#   - metrics go to stdout; artefacts to results/y21_nba_games_model_selection_on_test.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Predict whether the home team wins an NBA game from pre-game team ratings.

Tries several classifiers and keeps the best one.
Input: nba_pregame_features.csv (one row per game, features computed before tip-off)
"""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

games = pd.read_csv("nba_pregame_features.csv")

FEATURES = [
    "home_elo", "away_elo", "elo_diff",
    "home_win_pct_last10", "away_win_pct_last10",
    "home_rest_days", "away_rest_days",
    "home_net_rating_season", "away_net_rating_season",
    "home_back_to_back", "away_back_to_back",
]
X = games[FEATURES]
y = games["home_win"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=10, stratify=y)

print("Baseline (home team always wins): %.3f" % y_test.mean())

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "knn_25": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=25)),
    "svc_rbf": make_pipeline(StandardScaler(), SVC(C=1.0)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, random_state=10),
    "gbm": GradientBoostingClassifier(n_estimators=200, max_depth=2, random_state=10),
}

scores = {}
for name, model in candidates.items():
    model.fit(X_train, y_train)
    scores[name] = accuracy_score(y_test, model.predict(X_test))
    print(f"{name:8s} test accuracy {scores[name]:.4f}")

best = max(scores, key=scores.get)
print(f"\nBest model: {best} with accuracy {scores[best]:.4f}")


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y21_nba_games_model_selection_on_test.json", "w") as fh:
    json.dump({"script": "y21_nba_games_model_selection_on_test", "n_rows": int(len(games))}, fh, indent=2)
print("saved results/y21_nba_games_model_selection_on_test.json")
