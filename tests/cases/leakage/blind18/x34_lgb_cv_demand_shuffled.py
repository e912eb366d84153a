"""Daily bike-share demand: LightGBM with lag features, lgb.cv to settle the number of rounds."""
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

day = pd.read_csv("bike_day.csv", parse_dates=["dteday"])
day = day.sort_values("dteday").reset_index(drop=True)
print(day[["dteday", "cnt"]].head())
print(day["dteday"].min(), "->", day["dteday"].max())

day["cnt"].plot(figsize=(12, 3))
plt.savefig("cnt.png")

# calendar + weather
day["dow"] = day["dteday"].dt.dayofweek
day["month"] = day["dteday"].dt.month
day["doy"] = day["dteday"].dt.dayofyear

# demand history, shifted so only past days are used
for lag in (1, 2, 7, 14):
    day[f"cnt_lag{lag}"] = day["cnt"].shift(lag)
day["cnt_roll7"] = day["cnt"].shift(1).rolling(7).mean()
day["cnt_roll28"] = day["cnt"].shift(1).rolling(28).mean()
day["temp_delta"] = day["temp"] - day["temp"].shift(1)
day = day.dropna().reset_index(drop=True)

features = ["season", "yr", "holiday", "workingday", "weathersit", "temp", "atemp", "hum", "windspeed",
            "dow", "month", "doy", "cnt_lag1", "cnt_lag2", "cnt_lag7", "cnt_lag14", "cnt_roll7", "cnt_roll28", "temp_delta"]
X = day[features]
y = day["cnt"]

params = {
    "objective": "regression",
    "metric": ["rmse", "mae"],
    "learning_rate": 0.03,
    "num_leaves": 15,
    "min_data_in_leaf": 10,
    "feature_fraction": 0.8,
    "verbose": -1,
    "seed": 0,
}
dtrain = lgb.Dataset(X, y)
cv_res = lgb.cv(
    params,
    dtrain,
    num_boost_round=5000,
    nfold=5,
    stratified=False,
    shuffle=True,
    seed=0,
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(250)],
)
key = "valid rmse-mean" if "valid rmse-mean" in cv_res else "rmse-mean"
n_best = len(cv_res[key])
print(f"CV RMSE {cv_res[key][-1]:.1f} +- {cv_res[key.replace('mean', 'stdv')][-1]:.1f} at {n_best} rounds")
mae_key = key.replace("rmse", "l1")
if mae_key in cv_res:
    print(f"CV MAE  {cv_res[mae_key][-1]:.1f}")

final = lgb.train(params, dtrain, num_boost_round=n_best)
final.save_model("bike_lgb.txt")

imp = pd.Series(final.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(10))
