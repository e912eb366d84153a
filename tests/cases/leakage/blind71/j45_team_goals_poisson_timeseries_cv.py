"""Expected goals per team per match (Poisson GLM + gradient boosting, compared by CV).

Inputs are pre-match only: Elo of both sides, closing win / over-2.5 prices, rest, venue.
CV is forward-chaining (TimeSeriesSplit) on the date-sorted rows; a constant-mean model is the floor.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import PoissonRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import SplineTransformer, StandardScaler

N_SPLITS = 5


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame(index=df.index)
    X["elo_diff"] = df["team_elo_pre"] - df["opp_elo_pre"]
    X["elo_team"] = df["team_elo_pre"]
    X["log_odds_win"] = np.log(df["odds_win_close"])
    X["log_odds_over"] = np.log(df["odds_over25_close"])
    X["is_home"] = df["is_home"].astype(int)
    X["rest_days"] = df["rest_days"].clip(upper=10)
    X["month"] = df["match_date"].dt.month
    return X


def main():
    df = pd.read_csv("train.csv", parse_dates=["match_date"]).sort_values("match_date").reset_index(drop=True)
    test = pd.read_csv("test.csv", parse_dates=["match_date"])
    X, y = build_features(df), df["goals"]
    print(f"{len(df)} team-matches, mean goals {y.mean():.3f}, var {y.var():.3f}")

    models = {
        "mean_baseline": DummyRegressor(strategy="mean"),
        "poisson_glm": make_pipeline(StandardScaler(), PoissonRegressor(alpha=1e-4, max_iter=2000)),
        "poisson_spline": make_pipeline(SplineTransformer(n_knots=6, degree=3), StandardScaler(),
                                        PoissonRegressor(alpha=1e-3, max_iter=2000)),
        "hgb_poisson": HistGradientBoostingRegressor(loss="poisson", max_iter=300, learning_rate=0.05,
                                                     max_leaf_nodes=15, min_samples_leaf=50),
    }
    cv = TimeSeriesSplit(n_splits=N_SPLITS)
    results = {}
    for name, model in models.items():
        dev = -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_poisson_deviance")
        mae = -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_absolute_error")
        results[name] = (dev.mean(), mae.mean())
        print(f"{name:15s} poisson dev {dev.mean():.4f} (+/-{dev.std():.4f})  MAE {mae.mean():.4f}")

    best = min(results, key=lambda k: results[k][0])
    print("selected:", best)
    final = models[best].fit(X, y)
    pd.DataFrame({"team_match_id": test["team_match_id"],
                  "prediction": final.predict(build_features(test))}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
