import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer, KNNImputer, SimpleImputer
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# ----------------------------------------------------------------------------
# load + light cleaning (row-wise rules only)
# ----------------------------------------------------------------------------
bikes = pd.read_csv("train.csv", parse_dates=["date"])
bikes = bikes.drop_duplicates(subset=["date", "hour"]).sort_values(["date", "hour"]).reset_index(drop=True)
bikes.loc[bikes["humidity"] <= 0, "humidity"] = np.nan
bikes.loc[bikes["windspeed"] > 67, "windspeed"] = np.nan
bikes["month"] = bikes["date"].dt.month
bikes["dow"] = bikes["date"].dt.dayofweek
bikes["is_rush"] = bikes["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)
print(bikes[["temp", "feels_like", "humidity", "windspeed"]].isna().mean().round(3))

numeric = ["temp", "feels_like", "humidity", "windspeed"]
categorical = ["season", "weather_code", "month", "dow", "hour"]
binary = ["holiday", "workingday", "is_rush"]
cols = numeric + categorical + binary

# final hold-out: the last 15% of the timeline, untouched until the end
n_hold = int(len(bikes) * 0.15)
dev, hold = bikes.iloc[:-n_hold], bikes.iloc[-n_hold:]
print("dev until", dev["date"].max().date(), "| hold-out from", hold["date"].min().date())


def make_pipe(imputer, model):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", imputer), ("sc", StandardScaler())]), numeric),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), categorical),
        ("bin", "passthrough", binary),
    ])
    return Pipeline([("pre", pre), ("model", model)])


rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0)
imputers = {
    "mean": SimpleImputer(strategy="mean"),
    "median": SimpleImputer(strategy="median"),
    "knn10": KNNImputer(n_neighbors=10),
    "iterative": IterativeImputer(max_iter=10, random_state=0),
}

tscv = TimeSeriesSplit(n_splits=5)
cv_mae = {}
for name, imp in imputers.items():
    mae = -cross_val_score(make_pipe(imp, rf), dev[cols], dev["rentals"], cv=tscv, scoring="neg_mean_absolute_error")
    cv_mae[name] = mae.mean()
    print(f"imputer={name:10s} time-CV MAE {mae.mean():8.2f}  (folds: {np.round(mae, 1)})")

best = min(cv_mae, key=cv_mae.get)
print("best imputer by time-CV:", best)

# one evaluation on the hold-out period
final = make_pipe(imputers[best], rf).fit(dev[cols], dev["rentals"])
dummy = make_pipe(SimpleImputer(strategy="mean"), DummyRegressor()).fit(dev[cols], dev["rentals"])
print("hold-out MAE  baseline (mean):", round(mean_absolute_error(hold["rentals"], dummy.predict(hold[cols])), 2))
print("hold-out MAE  random forest  :", round(mean_absolute_error(hold["rentals"], final.predict(hold[cols])), 2))

# ----------------------------------------------------------------------------
# submission
# ----------------------------------------------------------------------------
final.fit(bikes[cols], bikes["rentals"])
test = pd.read_csv("test.csv", parse_dates=["date"])
test.loc[test["humidity"] <= 0, "humidity"] = np.nan
test.loc[test["windspeed"] > 67, "windspeed"] = np.nan
test["month"] = test["date"].dt.month
test["dow"] = test["date"].dt.dayofweek
test["is_rush"] = test["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)
pd.DataFrame({"record_id": test["record_id"], "prediction": final.predict(test[cols])}).to_csv("predictions.csv", index=False)
