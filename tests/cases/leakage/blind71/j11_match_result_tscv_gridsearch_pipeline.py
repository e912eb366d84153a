"""Home-win model: regularised logistic regression tuned with time-series CV.

Seasons before the last one are used for tuning (TimeSeriesSplit, so every validation
fold lies after its training folds); the last season is the test period, scored once.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "home_win"


def make_features(df: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame(index=df.index)
    odds = df[["odds_home_close", "odds_draw_close", "odds_away_close"]]
    inv = 1.0 / odds
    X[["q_home", "q_draw", "q_away"]] = inv.div(inv.sum(axis=1), axis=0).values
    X["elo_diff"] = df["home_elo_pre"] - df["away_elo_pre"]
    X["elo_sum"] = df["home_elo_pre"] + df["away_elo_pre"]
    X["rest_diff"] = df["home_rest_days"] - df["away_rest_days"]
    X["short_rest_away"] = (df["away_rest_days"] <= 3).astype(float)
    return X


def main() -> None:
    df = pd.read_csv("train.csv", parse_dates=["kickoff_date"]).sort_values("kickoff_date")
    sub = pd.read_csv("test.csv", parse_dates=["kickoff_date"])

    last_season = df["season"].max()
    dev = df[df["season"] < last_season]
    hold = df[df["season"] == last_season]

    X_dev, y_dev = make_features(dev), dev[TARGET]
    X_hold, y_hold = make_features(hold), hold[TARGET]

    pipe = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(max_iter=2000)),
    ])
    grid = {"clf__C": [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]}
    search = GridSearchCV(pipe, grid, cv=TimeSeriesSplit(n_splits=5), scoring="neg_log_loss", n_jobs=-1)
    search.fit(X_dev, y_dev)
    print("best params:", search.best_params_, "cv logloss:", -search.best_score_)

    dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    p_dummy = dummy.predict_proba(X_hold)[:, 1]
    p_model = search.predict_proba(X_hold)[:, 1]

    print(f"[{last_season}] prior baseline  logloss={log_loss(y_hold, p_dummy):.4f}")
    print(f"[{last_season}] bookmaker       logloss={log_loss(y_hold, X_hold['q_home']):.4f} "
          f"auc={roc_auc_score(y_hold, X_hold['q_home']):.4f}")
    print(f"[{last_season}] logreg          logloss={log_loss(y_hold, p_model):.4f} "
          f"auc={roc_auc_score(y_hold, p_model):.4f}")

    final = search.best_estimator_.fit(make_features(df), df[TARGET])
    pd.DataFrame({"match_id": sub["match_id"],
                  "prediction": final.predict_proba(make_features(sub))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
