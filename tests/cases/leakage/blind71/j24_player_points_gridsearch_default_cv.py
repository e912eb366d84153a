# Player points take-home
# - hold out 20% of players for a final check
# - tune an ExtraTrees regressor with grid search on the remaining players
# - compare with a median-points baseline

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GridSearchCV, GroupShuffleSplit

RANDOM_STATE = 17
FEATURES = ["minutes", "fga", "fg3a", "fta", "usage_rate", "team_pace",
            "opp_def_rating", "rest_days", "is_home", "is_guard", "is_big"]


def load(path):
    d = pd.read_csv(path, parse_dates=["game_date"])
    d["is_guard"] = d["position"].isin(["PG", "SG"]).astype(int)
    d["is_big"] = d["position"].isin(["PF", "C"]).astype(int)
    return d


def report(name, y_true, y_pred):
    print(f"{name:<18} MAE={mean_absolute_error(y_true, y_pred):6.3f}  "
          f"RMSE={mean_squared_error(y_true, y_pred) ** 0.5:6.3f}")


logs = load("train.csv")
test = load("test.csv")

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
dev_idx, hold_idx = next(splitter.split(logs, groups=logs["player_id"]))
dev, hold = logs.iloc[dev_idx], logs.iloc[hold_idx]
print(f"dev: {dev.player_id.nunique()} players / {len(dev)} games; "
      f"holdout: {hold.player_id.nunique()} players / {len(hold)} games")

param_grid = {
    "n_estimators": [300, 600],
    "max_depth": [None, 16],
    "min_samples_leaf": [2, 5, 10],
    "max_features": [0.5, 0.8],
}
search = GridSearchCV(
    ExtraTreesRegressor(random_state=RANDOM_STATE, n_jobs=-1),
    param_grid,
    scoring="neg_mean_absolute_error",
    cv=5,
    n_jobs=1,
    verbose=1,
)
search.fit(dev[FEATURES], dev["pts"])
print("best:", search.best_params_, "cv MAE:", round(-search.best_score_, 3))

baseline = DummyRegressor(strategy="median").fit(dev[FEATURES], dev["pts"])
report("median baseline", hold["pts"], baseline.predict(hold[FEATURES]))
report("extra trees", hold["pts"], search.predict(hold[FEATURES]))

best = ExtraTreesRegressor(random_state=RANDOM_STATE, n_jobs=-1, **search.best_params_)
best.fit(logs[FEATURES], logs["pts"])
pd.DataFrame({"game_log_id": test["game_log_id"], "prediction": best.predict(test[FEATURES])}).to_csv(
    "predictions.csv", index=False)
