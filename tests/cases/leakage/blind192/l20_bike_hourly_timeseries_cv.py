import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_validate

# UCI Bike Sharing, hourly counts for Washington D.C. (Capital Bikeshare)
bikes = pd.read_csv("hour.csv")

bikes["datetime"] = pd.to_datetime(bikes["dteday"]) + pd.to_timedelta(bikes["hr"], unit="h")
bikes = bikes.sort_values("datetime").reset_index(drop=True)

# casual + registered == cnt, so both are dropped (they ARE the target)
bikes = bikes.drop(columns=["instant", "dteday", "casual", "registered", "atemp"])

print(bikes.shape)
print(bikes[["cnt", "temp", "hum", "windspeed"]].describe().T)
print(bikes.groupby("hr")["cnt"].mean().round(1).to_string())

# demand of the previous hours / same hour yesterday / same hour last week
bikes["cnt_lag1"] = bikes["cnt"].shift(1)
bikes["cnt_lag2"] = bikes["cnt"].shift(2)
bikes["cnt_lag24"] = bikes["cnt"].shift(24)
bikes["cnt_lag168"] = bikes["cnt"].shift(168)
bikes["cnt_roll24"] = bikes["cnt"].shift(1).rolling(24).mean()

# cyclical hour encoding
bikes["hr_sin"] = np.sin(2 * np.pi * bikes["hr"] / 24)
bikes["hr_cos"] = np.cos(2 * np.pi * bikes["hr"] / 24)

bikes = bikes.dropna().reset_index(drop=True)

FEATURES = [
    "season", "yr", "mnth", "hr", "hr_sin", "hr_cos", "holiday", "weekday",
    "workingday", "weathersit", "temp", "hum", "windspeed",
    "cnt_lag1", "cnt_lag2", "cnt_lag24", "cnt_lag168", "cnt_roll24",
]
X = bikes[FEATURES]
y = np.log1p(bikes["cnt"])

cv = TimeSeriesSplit(n_splits=5, gap=24)
scoring = ["neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"]

models = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "random_forest": RandomForestRegressor(
        n_estimators=300, min_samples_leaf=3, max_features=0.6, n_jobs=-1, random_state=0
    ),
}

results = {}
for name, model in models.items():
    res = cross_validate(model, X, y, cv=cv, scoring=scoring, n_jobs=1)
    results[name] = {
        "MAE(log)": -res["test_neg_mean_absolute_error"].mean(),
        "RMSE(log)": -res["test_neg_root_mean_squared_error"].mean(),
        "R2": res["test_r2"].mean(),
        "R2 std": res["test_r2"].std(),
    }

print(pd.DataFrame(results).T.round(4))
