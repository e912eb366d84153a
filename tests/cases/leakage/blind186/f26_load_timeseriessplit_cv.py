"""
Substation next-day load - model comparison by cross-validation.

Candidates: mean predictor (baseline), ridge on engineered features, histogram GBM.
All preprocessing lives in sklearn pipelines so it is refitted inside each fold; folds are
forward-chaining over the date-sorted rows (each fold validates on later days than it trains on).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

TARGET = "load_next_day_mwh"

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values(["timestamp", "substation_id"]).reset_index(drop=True)

# lagged load per substation (strictly earlier days)
by_sub = df.groupby("substation_id")["load_mwh"]
for k in (1, 2, 3, 7):
    df[f"load_lag{k}"] = by_sub.shift(k)
df["load_prev7_mean"] = by_sub.transform(lambda s: s.shift(1).rolling(7).mean())
df["day_of_year_next"] = (df["timestamp"] + pd.Timedelta(days=1)).dt.dayofyear
df["dow_next"] = ((df["timestamp"] + pd.Timedelta(days=1)).dt.dayofweek).astype(str)
df = df.dropna(subset=["load_lag7", "load_prev7_mean"]).reset_index(drop=True)

numeric = ["load_mwh", "peak_mw", "temp_mean_c", "temp_max_c", "humidity",
           "temp_forecast_next_day_c", "is_holiday_next_day",
           "load_lag1", "load_lag2", "load_lag3", "load_lag7", "load_prev7_mean"]
categorical = ["dow_next", "substation_id"]
seasonal = ["day_of_year_next"]

X = df[numeric + categorical + seasonal]
y = df[TARGET]

linear_prep = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
    ("season", SplineTransformer(n_knots=8, degree=3, extrapolation="periodic"), seasonal),
])
tree_prep = ColumnTransformer([
    ("num", "passthrough", numeric + seasonal),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical),
])

models = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "ridge": make_pipeline(linear_prep, RidgeCV(alphas=np.logspace(-2, 3, 12))),
    "hgb": make_pipeline(tree_prep, HistGradientBoostingRegressor(
        max_iter=600, learning_rate=0.05, max_leaf_nodes=63, l2_regularization=0.5, random_state=0)),
}

scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}
summary = {}
for name, est in models.items():
    res = cross_validate(est, X, y, cv=TimeSeriesSplit(n_splits=5), scoring=scoring, n_jobs=-1)
    summary[name] = {
        "MAE": -res["test_mae"].mean(),
        "RMSE": -res["test_rmse"].mean(),
        "R2": res["test_r2"].mean(),
        "MAE_std": res["test_mae"].std(),
    }
summary = pd.DataFrame(summary).T.sort_values("MAE")
print(summary.round(3))

best_name = summary.index[0]
print("selected:", best_name)
best = models[best_name].fit(X, y)

# predictions for test.csv (history from train.csv is needed for the lags)
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
hist = pd.read_csv("train.csv", parse_dates=["timestamp"])
full = pd.concat([hist, test], ignore_index=True).sort_values(["timestamp", "substation_id"])
g = full.groupby("substation_id")["load_mwh"]
for k in (1, 2, 3, 7):
    full[f"load_lag{k}"] = g.shift(k)
full["load_prev7_mean"] = g.transform(lambda s: s.shift(1).rolling(7).mean())
full["day_of_year_next"] = (full["timestamp"] + pd.Timedelta(days=1)).dt.dayofyear
full["dow_next"] = ((full["timestamp"] + pd.Timedelta(days=1)).dt.dayofweek).astype(str)
scored = full[full["row_id"].isin(test["row_id"])]
pd.DataFrame({"row_id": scored["row_id"],
              "prediction": best.predict(scored[numeric + categorical + seasonal])}).to_csv("predictions.csv", index=False)
