import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

df = pd.read_csv("train.csv", parse_dates=["date"]).sort_values(["date", "restaurant_id"])
df = df.reset_index(drop=True)
df["dow"] = df["date"].dt.dayofweek
df["week"] = df["date"].dt.isocalendar().week.astype(int)
df["lag_7"] = df.groupby("restaurant_id")["covers"].shift(7)
df["bookings_lag_7"] = df.groupby("restaurant_id")["bookings"].shift(7)
df["rainy"] = (df["rain_mm"] > 1).astype(int)

cat = ["restaurant_id", "dow"]
num = ["bookings", "temp_c", "rain_mm", "rainy", "is_holiday", "week", "lag_7", "bookings_lag_7"]
X, y = df[cat + num], df["covers"]

pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
])
candidates = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "ridge": make_pipeline(pre, Ridge(alpha=3.0)),
    "hgb": make_pipeline(ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cat)],
                                           remainder="passthrough"),
                         HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05)),
}

cv = TimeSeriesSplit(n_splits=5)  # rows are sorted by date above
results = {}
for name, est in candidates.items():
    mae = -cross_val_score(est, X, y, cv=cv, scoring="neg_mean_absolute_error")
    results[name] = mae
    print(f"{name:14s} MAE {mae.mean():7.2f} (+/- {mae.std():.2f})")

best = min(results, key=lambda k: results[k].mean())
print("chosen:", best)
model = candidates[best].fit(X, y)

test = pd.read_csv("test.csv", parse_dates=["date"])
hist = pd.concat([df[["row_id", "restaurant_id", "date", "bookings", "covers"]], test], ignore_index=True)
hist = hist.sort_values(["restaurant_id", "date"])
hist["lag_7"] = hist.groupby("restaurant_id")["covers"].shift(7)
hist["bookings_lag_7"] = hist.groupby("restaurant_id")["bookings"].shift(7)
test = test.merge(hist[["row_id", "lag_7", "bookings_lag_7"]], on="row_id", how="left")
test["dow"] = test["date"].dt.dayofweek
test["week"] = test["date"].dt.isocalendar().week.astype(int)
test["rainy"] = (test["rain_mm"] > 1).astype(int)
pd.DataFrame({"row_id": test["row_id"],
              "prediction": np.maximum(model.predict(test[cat + num]), 0)}).to_csv("predictions.csv", index=False)
