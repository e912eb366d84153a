"""Predict whether White wins an online chess game from pre-game information.

Lichess games export: ratings, time control, opening. Binary target: white_win.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler, FunctionTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score, log_loss

games = pd.read_csv("data/lichess_games.csv")
games = games[games["rated"]].copy()
games["white_win"] = (games["winner"] == "white").astype(int)
print(games.shape)
print(games["winner"].value_counts(normalize=True))


def parse_increment(tc):
    base, inc = tc.split("+")
    return int(base), int(inc)


games[["base_min", "inc_sec"]] = games["increment_code"].map(parse_increment).apply(pd.Series)
games["rating_diff"] = games["white_rating"] - games["black_rating"]
games["rating_mean"] = (games["white_rating"] + games["black_rating"]) / 2
games["eco_family"] = games["opening_eco"].str[0]
games["opening_short"] = games["opening_name"].str.split(":").str[0]
top_open = games["opening_short"].value_counts().index[:40]
games["opening_short"] = np.where(games["opening_short"].isin(top_open), games["opening_short"], "other")

num_cols = ["rating_diff", "rating_mean", "base_min", "inc_sec", "opening_ply"]
cat_cols = ["eco_family", "opening_short"]
X = games[num_cols + cat_cols]
y = games["white_win"]

expected_score = FunctionTransformer(
    lambda d: np.c_[d, 1 / (1 + 10 ** (-d[:, [0]] / 400))], validate=False)

pre = ColumnTransformer([
    ("num", Pipeline([("elo", expected_score), ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_cols),
])

candidates = {
    "logreg": (LogisticRegression(max_iter=2000), {"clf__C": [0.01, 0.1, 1, 10]}),
    "rf": (RandomForestClassifier(n_jobs=-1, random_state=0),
           {"clf__n_estimators": [300], "clf__max_depth": [6, 10, None],
            "clf__min_samples_leaf": [1, 5, 20]}),
}
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
searches = {}
for name, (clf, grid) in candidates.items():
    gs = GridSearchCV(Pipeline([("pre", pre), ("clf", clf)]), grid, cv=skf,
                      scoring="roc_auc", n_jobs=-1)
    gs.fit(X, y)
    searches[name] = gs
    print(f"{name}: best CV AUC {gs.best_score_:.4f} {gs.best_params_}")

best_name = max(searches, key=lambda k: searches[k].best_score_)
model = searches[best_name].best_estimator_

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print(f"[{best_name}] holdout AUC {roc_auc_score(y_test, proba):.4f}  "
      f"acc {accuracy_score(y_test, proba > 0.5):.4f}  logloss {log_loss(y_test, proba):.4f}")
elo_only = 1 / (1 + 10 ** (-X_test["rating_diff"] / 400))
print(f"Elo-formula baseline AUC {roc_auc_score(y_test, elo_only):.4f}")
