"""CO(GT) soft sensor on the UCI air-quality data, with gap handling that only looks back.

- gaps are forward-filled (carry the last reading), never interpolated from later hours
- what is still missing is imputed inside the pipeline (medians learned on training hours)
- tuning uses TimeSeriesSplit on the training period, the 2005 period is scored once
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.pipeline import Pipeline

TARGET = "CO(GT)"
SENSORS = ["PT08.S1(CO)", "C6H6(GT)", "PT08.S2(NMHC)", "NOx(GT)", "PT08.S3(NOx)",
           "NO2(GT)", "PT08.S4(NO2)", "PT08.S5(O3)", "T", "RH", "AH"]
CUTOFF = "2005-01-01"


def load(path="AirQualityUCI.csv"):
    raw = pd.read_csv(path, sep=";", decimal=",")
    raw = raw.dropna(axis=1, how="all").dropna(axis=0, how="all")
    aq = raw.replace(-200, np.nan)
    aq["timestamp"] = pd.to_datetime(aq["Date"] + " " + aq["Time"], format="%d/%m/%Y %H.%M.%S")
    aq = aq.drop(columns=["Date", "Time", "NMHC(GT)"])
    return aq.set_index("timestamp").sort_index()


def add_features(aq):
    aq = aq.copy()
    # carry the last reading forward for at most 3 hours; longer gaps stay NaN
    aq[SENSORS] = aq[SENSORS].ffill(limit=3)
    aq["hour"] = aq.index.hour
    aq["weekday"] = aq.index.dayofweek
    aq["is_weekend"] = (aq["weekday"] >= 5).astype(int)
    aq["s1_prev_1h"] = aq["PT08.S1(CO)"].shift(1)
    aq["s2_prev_1h"] = aq["PT08.S2(NMHC)"].shift(1)
    aq["s1_mean_prev_6h"] = aq["PT08.S1(CO)"].shift(1).rolling(6, min_periods=3).mean()
    return aq


aq = add_features(load())
print(aq.shape, aq.index.min(), aq.index.max())
print(aq[SENSORS + [TARGET]].isna().mean().round(3))

features = SENSORS + ["hour", "weekday", "is_weekend", "s1_prev_1h", "s2_prev_1h",
                      "s1_mean_prev_6h"]
data = aq.dropna(subset=[TARGET])

train = data[data.index < CUTOFF]
test = data[data.index >= CUTOFF]
print("train", train.index.min(), "->", train.index.max(), len(train))
print("test ", test.index.min(), "->", test.index.max(), len(test))

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median", add_indicator=True)),
    ("gbr", HistGradientBoostingRegressor(random_state=0)),
])
grid = {"gbr__learning_rate": [0.03, 0.1], "gbr__max_leaf_nodes": [15, 31],
        "gbr__max_iter": [300, 600]}
search = GridSearchCV(pipe, grid, cv=TimeSeriesSplit(n_splits=5),
                      scoring="neg_mean_absolute_error", n_jobs=-1)
search.fit(train[features], train[TARGET])
print("best:", search.best_params_, "cv MAE:", round(-search.best_score_, 3))

pred = search.predict(test[features])
persistence = test["CO(GT)"].shift(1).fillna(train[TARGET].iloc[-1])
print("test MAE        :", round(mean_absolute_error(test[TARGET], pred), 3))
print("test RMSE       :", round(mean_squared_error(test[TARGET], pred) ** 0.5, 3))
print("test R2         :", round(r2_score(test[TARGET], pred), 3))
print("persistence MAE :", round(mean_absolute_error(test[TARGET], persistence), 3))
