"""Hourly bike demand - forward-in-time validation.

- casual / registered are the two parts of cnt, only known afterwards: dropped
- instant is a row id: dropped
- model selection with TimeSeriesSplit on the training period
- final check on the last 8 weeks of train.csv (strictly after the training rows)
- baselines: global mean (DummyRegressor) and the training-period mean per hour of day
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv", parse_dates=["dteday"])
test = pd.read_csv("test.csv", parse_dates=["dteday"])
df = df.sort_values(["dteday", "hr"]).reset_index(drop=True)
print(df["dteday"].min().date(), "->", df["dteday"].max().date(), len(df), "rows")

FEATURES = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday",
            "weathersit", "temp", "atemp", "hum", "windspeed", "rush_hour", "night"]


def add_calendar(frame):
    frame = frame.copy()
    frame["rush_hour"] = (frame["hr"].isin([7, 8, 17, 18]) & (frame["workingday"] == 1)).astype(int)
    frame["night"] = frame["hr"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    return frame


df = add_calendar(df)
test = add_calendar(test)

cutoff = df["dteday"].max() - pd.Timedelta(weeks=8)
train = df[df["dteday"] <= cutoff]
valid = df[df["dteday"] > cutoff]
print("train rows:", len(train), "| holdout rows:", len(valid))

X_train, y_train = train[FEATURES], train["cnt"]
X_valid, y_valid = valid[FEATURES], valid["cnt"]

tscv = TimeSeriesSplit(n_splits=5)
candidates = {
    "hgb": HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                         loss="poisson", random_state=0),
    "rf": RandomForestRegressor(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0),
}
cv_mae = {}
for name, model in candidates.items():
    scores = -cross_val_score(model, X_train, y_train, cv=tscv, scoring="neg_mean_absolute_error")
    cv_mae[name] = scores.mean()
    print(f"{name}: time-series CV MAE {scores.mean():.1f} (+/- {scores.std():.1f})")

best_name = min(cv_mae, key=cv_mae.get)
model = candidates[best_name].fit(X_train, y_train)
pred = np.clip(model.predict(X_valid), 0, None)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
hour_profile = train.groupby("hr")["cnt"].mean()
profile_pred = valid["hr"].map(hour_profile)

print(f"baseline (global mean) MAE : {mean_absolute_error(y_valid, dummy.predict(X_valid)):.1f}")
print(f"baseline (hour-of-day) MAE : {mean_absolute_error(y_valid, profile_pred):.1f}")
print(f"{best_name} MAE                  : {mean_absolute_error(y_valid, pred):.1f}")
print(f"{best_name} RMSE                 : {np.sqrt(mean_squared_error(y_valid, pred)):.1f}")

# refit on the full labelled period, predict the future rows of test.csv
final = candidates[best_name].fit(df[FEATURES], df["cnt"])
pd.DataFrame({"instant": test["instant"], "prediction": np.clip(final.predict(test[FEATURES]), 0, None)}).to_csv(
    "predictions.csv", index=False)
