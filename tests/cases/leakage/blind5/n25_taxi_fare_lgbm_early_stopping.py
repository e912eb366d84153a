"""NYC taxi fare regression (2M-row sample of the Kaggle training file) with LightGBM."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, mean_absolute_error

N_ROWS = 2_000_000
SEED = 42

# NYC bounding box and landmarks
NYC = dict(lon_min=-74.3, lon_max=-72.9, lat_min=40.5, lat_max=41.8)
JFK = (-73.7781, 40.6413)
LGA = (-73.8740, 40.7769)
EWR = (-74.1745, 40.6895)
MIDTOWN = (-73.9857, 40.7484)


def haversine(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(np.radians, [lon1, lat1, lon2, lat2])
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * np.arcsin(np.sqrt(a))


def clean(df):
    df = df.dropna()
    inside = (df["pickup_longitude"].between(NYC["lon_min"], NYC["lon_max"])
              & df["dropoff_longitude"].between(NYC["lon_min"], NYC["lon_max"])
              & df["pickup_latitude"].between(NYC["lat_min"], NYC["lat_max"])
              & df["dropoff_latitude"].between(NYC["lat_min"], NYC["lat_max"]))
    df = df[inside & df["passenger_count"].between(1, 6)]
    return df.copy()


def add_features(df):
    ts = pd.to_datetime(df["pickup_datetime"], utc=True)
    df["hour"] = ts.dt.hour
    df["weekday"] = ts.dt.dayofweek
    df["month"] = ts.dt.month
    df["year"] = ts.dt.year
    df["dist_km"] = haversine(df["pickup_longitude"], df["pickup_latitude"],
                              df["dropoff_longitude"], df["dropoff_latitude"])
    df["delta_lon"] = df["dropoff_longitude"] - df["pickup_longitude"]
    df["delta_lat"] = df["dropoff_latitude"] - df["pickup_latitude"]
    df["bearing"] = np.degrees(np.arctan2(df["delta_lat"], df["delta_lon"]))
    for name, (lon, lat) in {"jfk": JFK, "lga": LGA, "ewr": EWR, "midtown": MIDTOWN}.items():
        df[f"pickup_{name}_km"] = haversine(df["pickup_longitude"], df["pickup_latitude"], lon, lat)
        df[f"dropoff_{name}_km"] = haversine(df["dropoff_longitude"], df["dropoff_latitude"], lon, lat)
    df["night_surcharge"] = ((df["hour"] >= 20) | (df["hour"] < 6)).astype(int)
    df["rush"] = (df["hour"].between(16, 19) & (df["weekday"] < 5)).astype(int)
    return df


df = pd.read_csv("train.csv", nrows=N_ROWS)
print(df.shape)
print(df.describe().T)
df = add_features(clean(df))
print("after cleaning:", df.shape)
print(df[["fare_amount", "dist_km"]].corr())

features = [c for c in df.columns if c not in ("key", "fare_amount", "pickup_datetime")]
X, y = df[features], df["fare_amount"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.1, random_state=SEED)

model = lgb.LGBMRegressor(
    n_estimators=20000, learning_rate=0.05, num_leaves=127, min_child_samples=50,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
    random_state=SEED, n_jobs=-1, verbose=-1,
)
model.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="rmse",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)
print("best iteration:", model.best_iteration_)

pred = model.predict(X_test, num_iteration=model.best_iteration_)
print("test RMSE:", round(mean_squared_error(y_test, pred) ** 0.5, 4))
print("test MAE :", round(mean_absolute_error(y_test, pred), 4))
print("mean-fare baseline RMSE:", round(mean_squared_error(y_test, np.full(len(y_test), y_train.mean())) ** 0.5, 4))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))
