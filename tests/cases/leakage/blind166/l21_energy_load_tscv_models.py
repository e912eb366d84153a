# energy load take-home: compare a few regressors with time-series CV
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)
sub = pd.read_csv("test.csv", parse_dates=["timestamp"])

print(df.shape)
print(df.isna().sum())


def make_features(frame):
    f = pd.DataFrame(index=frame.index)
    ts = frame["timestamp"]
    f["hour"] = ts.dt.hour
    f["dow"] = ts.dt.dayofweek
    f["doy"] = ts.dt.dayofyear
    f["month"] = ts.dt.month
    f["is_weekend"] = (f["dow"] > 4).astype(int)
    f["is_holiday"] = frame["is_holiday"].astype(int)
    f["temp"] = frame["temperature_c"].fillna(15.0)
    f["temp2"] = f["temp"] ** 2
    f["humidity"] = frame["humidity"].fillna(60.0)
    f["wind"] = frame["wind_speed"].fillna(0.0)
    f["temp_x_hour"] = f["temp"] * f["hour"]
    return f


X = make_features(df)
y = df["load_mw"]
X_sub = make_features(sub)

models = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "ridge": make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 20))),
    "extra_trees": ExtraTreesRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=42),
    "hgb": HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=42),
}

# rows are sorted by time; each fold trains on the past and is scored on the next ~3 months
tscv = TimeSeriesSplit(n_splits=5, test_size=24 * 90)
results = {}
for name, model in models.items():
    cv = cross_validate(model, X, y, cv=tscv,
                        scoring=("neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"))
    mae = -cv["test_neg_mean_absolute_error"].mean()
    rmse = -cv["test_neg_root_mean_squared_error"].mean()
    r2 = cv["test_r2"].mean()
    results[name] = mae
    print(f"{name:14s}  MAE={mae:8.2f}  RMSE={rmse:8.2f}  R2={r2:.4f}")

best = min(results, key=results.get)
print("best model:", best, "CV MAE", round(results[best], 2))

final = models[best].fit(X, y)
pd.DataFrame({"obs_id": sub["obs_id"], "prediction": final.predict(X_sub)}).to_csv("predictions.csv", index=False)
print("done")
