import numpy as np
import pandas as pd
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

# ---------------------------------------------------------------------------
# Energy consumption forecast: predict hourly kWh for the period in test.csv
# ---------------------------------------------------------------------------

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df_test = pd.read_csv("test.csv", parse_dates=["timestamp"])

df = df.sort_values("timestamp").reset_index(drop=True)
print(df.shape, df_test.shape)
print(df[["temperature", "humidity", "occupancy", "kwh"]].describe().round(2))
print(df.isna().sum())

# weekly profile for the write-up
profile = df.groupby([df.timestamp.dt.dayofweek, df.timestamp.dt.hour])["kwh"].mean().unstack(0)
profile.plot(figsize=(10, 4), title="mean kWh by hour, one line per weekday")
plt.savefig("weekly_profile.png", dpi=100)
plt.close()


def features(data):
    X = pd.DataFrame(index=data.index)
    X["hour"] = data.timestamp.dt.hour
    X["weekday"] = data.timestamp.dt.weekday
    X["month"] = data.timestamp.dt.month
    X["day_of_year"] = data.timestamp.dt.dayofyear
    X["holiday"] = data["is_holiday"].fillna(0).astype(int)
    X["temperature"] = data["temperature"]
    X["humidity"] = data["humidity"]
    X["wind"] = data["wind_speed"]
    X["solar"] = data["solar_irradiance"]
    X["occupancy"] = data["occupancy"]
    X["temp_above_22"] = (data["temperature"] - 22).clip(lower=0)
    X["temp_below_12"] = (12 - data["temperature"]).clip(lower=0)
    X["temp_change_1h"] = data["temperature"].diff()
    X = X.fillna(-999)
    return X


X = features(df)
y = df["kwh"]

# rows are sorted by time: the last 20% of hours is the evaluation period
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
print("train ends", df.timestamp.iloc[len(X_train) - 1], "test starts", df.timestamp.iloc[len(X_train)])

forest = RandomForestRegressor(n_estimators=300, min_samples_leaf=4, max_features=0.6, n_jobs=-1, random_state=0)
forest.fit(X_train, y_train)
pred = forest.predict(X_test)

mean_pred = DummyRegressor(strategy="mean").fit(X_train, y_train).predict(X_test)
median_pred = DummyRegressor(strategy="median").fit(X_train, y_train).predict(X_test)

rows = []
for name, p in [("dummy mean", mean_pred), ("dummy median", median_pred), ("random forest", pred)]:
    rows.append({"model": name,
                 "MAE": mean_absolute_error(y_test, p),
                 "RMSE": np.sqrt(mean_squared_error(y_test, p))})
print(pd.DataFrame(rows).round(2).to_string(index=False))

importance = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importance.round(3).to_string())

plt.figure(figsize=(14, 4))
plt.plot(y_test.values[:24 * 14], label="actual")
plt.plot(pred[:24 * 14], label="forest")
plt.legend()
plt.title("first two weeks of the evaluation period")
plt.savefig("eval_fit.png", dpi=100)
plt.close()

# final model on the full history
forest.fit(X, y)
X_sub = features(df_test)
submission = pd.DataFrame({"reading_id": df_test["reading_id"], "prediction": forest.predict(X_sub)})
submission.to_csv("predictions.csv", index=False)
print(submission.head())
