"""UCI bike sharing (hour.csv): hourly rentals with time-ordered CV.

casual + registered add up to cnt, so both are dropped before modelling.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

bikes = pd.read_csv("hour.csv", parse_dates=["dteday"])
bikes["ts"] = bikes["dteday"] + pd.to_timedelta(bikes["hr"], unit="h")
bikes = bikes.sort_values("ts").set_index("ts")
bikes = bikes.drop(columns=["instant", "casual", "registered", "dteday"])

bikes["log_cnt"] = np.log1p(bikes["cnt"])
bikes["cnt_lag1"] = bikes["log_cnt"].shift(1)
bikes["cnt_lag24"] = bikes["log_cnt"].shift(24)
bikes["cnt_lag168"] = bikes["log_cnt"].shift(168)
bikes["cnt_mean24"] = bikes["log_cnt"].shift(1).rolling(24).mean()
bikes = bikes.dropna()

categorical = ["season", "mnth", "hr", "weekday", "weathersit"]
numeric = ["temp", "atemp", "hum", "windspeed", "holiday", "workingday", "yr",
           "cnt_lag1", "cnt_lag24", "cnt_lag168", "cnt_mean24"]
X = bikes[categorical + numeric]
y = bikes["log_cnt"]

model = Pipeline([
    ("prep", ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore"), categorical),
        ("scale", StandardScaler(), numeric),
    ])),
    ("ridge", Ridge(alpha=2.0)),
])

cv = TimeSeriesSplit(n_splits=5, gap=24, test_size=24 * 60)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}
res = cross_validate(model, X, y, cv=cv, scoring=scoring, return_train_score=False)
dummy = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring=scoring)

table = pd.DataFrame({
    "ridge_mae": -res["test_mae"],
    "ridge_rmse": -res["test_rmse"],
    "ridge_r2": res["test_r2"],
    "baseline_mae": -dummy["test_mae"],
})
print(table.round(4))
print(table.mean().round(4))
