"""Bike Sharing Dataset (UCI, hour.csv) - hourly rental counts.

Random forest with lag features of the demand.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("hour.csv")
df["dteday"] = pd.to_datetime(df["dteday"])
df["datetime"] = df["dteday"] + pd.to_timedelta(df["hr"], unit="h")
df = df.sort_values("datetime").reset_index(drop=True)
print(df[["datetime", "cnt"]].head())

# casual + registered == cnt, never use them as inputs
df = df.drop(columns=["instant", "casual", "registered"])

# lag / rolling features on the hourly series
df["cnt_lag1"] = df["cnt"].shift(1)
df["cnt_lag2"] = df["cnt"].shift(2)
df["cnt_lag24"] = df["cnt"].shift(24)
df["cnt_lag168"] = df["cnt"].shift(168)
df["cnt_roll24_mean"] = df["cnt"].shift(1).rolling(24).mean()
df["temp_diff1"] = df["temp"].diff()
df = df.dropna().reset_index(drop=True)

features = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday",
            "weathersit", "temp", "atemp", "hum", "windspeed", "temp_diff1",
            "cnt_lag1", "cnt_lag2", "cnt_lag24", "cnt_lag168", "cnt_roll24_mean"]
X = df[features]
y = df["cnt"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
print("train rows:", len(X_train), "test rows:", len(X_test))


def report(name, true, pred):
    rmse = np.sqrt(mean_squared_error(true, pred))
    print(f"{name:28s} RMSE={rmse:7.2f}  MAE={mean_absolute_error(true, pred):7.2f}  "
          f"R2={r2_score(true, pred):.3f}")


# baselines: overall mean and "same hour yesterday"
dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
report("baseline: mean", y_test, dummy.predict(X_test))
report("baseline: lag-24 naive", y_test, X_test["cnt_lag24"])

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
report("random forest", y_test, rf.predict(X_test))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))
