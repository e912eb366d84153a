"""Player points model -- ridge + season averages.

Season averages of playing time and shot volume are a strong signal in player projection,
so each game log gets the player's season average minutes, shot attempts and usage.
Evaluated with GroupKFold on player_id (test players are new players).
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error, mean_squared_error


def add_season_averages(d):
    g = d.groupby(["player_id", "season"])
    d = d.copy()
    d["szn_avg_min"] = g["minutes"].transform("mean")
    d["szn_avg_fga"] = g["fga"].transform("mean")
    d["szn_avg_fta"] = g["fta"].transform("mean")
    d["szn_avg_usg"] = g["usage_rate"].transform("mean")
    d["szn_games"] = g["minutes"].transform("size")
    return d


logs = add_season_averages(pd.read_csv("train.csv", parse_dates=["game_date"]))
test = add_season_averages(pd.read_csv("test.csv", parse_dates=["game_date"]))

features = ["minutes", "fga", "fg3a", "fta", "usage_rate", "team_pace", "opp_def_rating",
            "rest_days", "is_home", "szn_avg_min", "szn_avg_fga", "szn_avg_fta", "szn_avg_usg", "szn_games"]
X = logs[features]
y = logs["pts"]
groups = logs["player_id"]

model = make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-3, 3, 13)))
cv = GroupKFold(n_splits=5)
oof = cross_val_predict(model, X, y, cv=cv, groups=groups)

baseline = np.full_like(oof, y.mean())
print("mean-pts baseline  MAE %.3f  RMSE %.3f" % (mean_absolute_error(y, baseline),
                                                  mean_squared_error(y, baseline) ** 0.5))
print("ridge (GroupKFold) MAE %.3f  RMSE %.3f" % (mean_absolute_error(y, oof),
                                                  mean_squared_error(y, oof) ** 0.5))

by_pos = pd.DataFrame({"pos": logs["position"], "err": np.abs(y - oof)}).groupby("pos")["err"].mean()
print("\nMAE by position:\n", by_pos.round(3))

model.fit(X, y)
pd.DataFrame({"game_log_id": test["game_log_id"], "prediction": model.predict(test[features])}).to_csv(
    "predictions.csv", index=False)
