"""Daily bike rentals -- gradient boosting on calendar + weather.

Design notes
* Target: `rentals` (daily count). `registered_rentals` is a component of the target
  (rentals = casual + registered), so it is not a feature.
* Features: calendar parts, cyclical day-of-year, weather; no lags of the target, because
  test.csv carries no rentals to lag from.
* Evaluation: 5-fold CV, MAE (business reads it as "bikes per day") and RMSE, next to a
  mean-prediction baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate

TARGET = "rentals"
ID = "day_id"
LEAKY = ["registered_rentals"]


def make_features(df):
    d = pd.to_datetime(df["date"])
    out = pd.DataFrame(index=df.index)
    out["year"] = d.dt.year
    out["month"] = d.dt.month
    out["dow"] = d.dt.dayofweek
    doy = d.dt.dayofyear
    out["doy_sin"] = np.sin(2 * np.pi * doy / 365.25)
    out["doy_cos"] = np.cos(2 * np.pi * doy / 365.25)
    for c in ["season", "holiday", "workingday", "weather", "temp", "atemp", "humidity", "windspeed"]:
        out[c] = df[c]
    out["feels_gap"] = df["atemp"] - df["temp"]
    out["bad_weather"] = (df["weather"] >= 3).astype(int)
    return out


train = pd.read_csv("train.csv", parse_dates=["date"]).sort_values("date").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["date"])
print(train["date"].min().date(), "->", train["date"].max().date(), len(train), "days")

X = make_features(train)
y = train[TARGET]

cv = KFold(n_splits=5, shuffle=True, random_state=1)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error"}

candidates = {
    "mean baseline": DummyRegressor(strategy="mean"),
    "hgb": HistGradientBoostingRegressor(
        loss="poisson", learning_rate=0.05, max_iter=500, max_leaf_nodes=15,
        min_samples_leaf=10, random_state=1,
    ),
}
for name, est in candidates.items():
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    print(f"{name:14s} MAE {-res['test_mae'].mean():7.1f}  RMSE {-res['test_rmse'].mean():7.1f}")

model = candidates["hgb"].fit(X, y)
pred = np.clip(model.predict(make_features(test)), 0, None)
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("predictions:", len(pred), "mean", round(pred.mean(), 1))
