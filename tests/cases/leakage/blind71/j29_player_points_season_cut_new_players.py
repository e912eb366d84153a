"""
Player points regression.

Validation: train on every season except the latest, validate on the latest season.
The test file holds players we have never seen, so the validation season only keeps
players who do not appear in the training seasons (rookies / newcomers).
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

CAT_COLS = ["position", "team", "opp"]
NUM_COLS = ["minutes", "fga", "fg3a", "fta", "usage_rate", "team_pace", "opp_def_rating", "rest_days", "is_home"]


def main():
    logs = pd.read_csv("train.csv", parse_dates=["game_date"])
    test = pd.read_csv("test.csv", parse_dates=["game_date"])

    seasons = sorted(logs["season"].unique())
    valid_season = seasons[-1]
    tr = logs[logs["season"] != valid_season]
    va = logs[logs["season"] == valid_season]
    seen = set(tr["player_id"])
    va = va[~va["player_id"].isin(seen)]
    print(f"train seasons {seasons[:-1]} -> {len(tr)} rows | valid {valid_season} -> {len(va)} rows")

    feats = NUM_COLS + CAT_COLS
    model = CatBoostRegressor(iterations=1500, depth=6, learning_rate=0.05, loss_function="RMSE",
                              random_seed=5, verbose=300)
    model.fit(tr[feats], tr["pts"], cat_features=CAT_COLS)

    pred = model.predict(va[feats])
    print(f"valid MAE  {mean_absolute_error(va['pts'], pred):.3f}")
    print(f"valid RMSE {np.sqrt(mean_squared_error(va['pts'], pred)):.3f}")
    print(f"valid R2   {r2_score(va['pts'], pred):.4f}")

    fi = pd.Series(model.get_feature_importance(), index=feats).sort_values(ascending=False)
    print(fi.round(2).to_string())

    model.fit(logs[feats], logs["pts"], cat_features=CAT_COLS)
    out = pd.DataFrame({"game_log_id": test["game_log_id"], "prediction": model.predict(test[feats])})
    out.to_csv("predictions.csv", index=False)
    print("predictions:", out.shape)


if __name__ == "__main__":
    main()
