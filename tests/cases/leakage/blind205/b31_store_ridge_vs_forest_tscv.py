# Store demand take-home -- cross-validated comparison of a few regressors.
# Each block below was a notebook cell; I left the intermediate prints in.

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# --- cell: load
df = pd.read_csv("train.csv", parse_dates=["week"])
print(df.shape)
print(df.head())
print(df.groupby("store_id")["units_sold"].mean().describe())

# --- cell: lags (per store/dept series, past only)
df = df.sort_values(["store_id", "dept_id", "week"]).reset_index(drop=True)
grp = df.groupby(["store_id", "dept_id"])["units_sold"]
for k in (1, 2, 4, 52):
    df[f"units_lag{k}"] = grp.shift(k)
df["units_ma8"] = grp.transform(lambda s: s.shift(1).rolling(8, min_periods=4).mean())
df["promo_lag1"] = df.groupby(["store_id", "dept_id"])["promo"].shift(1)
df["month"] = df["week"].dt.month
df["woy"] = df["week"].dt.isocalendar().week.astype(int)
df = df.dropna(subset=["units_lag1", "units_lag2", "units_lag4", "units_ma8"]).reset_index(drop=True)
df["units_lag52"] = df["units_lag52"].fillna(df["units_ma8"])
df = df.sort_values("week").reset_index(drop=True)
print(df.shape)

NUM = ["price", "promo", "promo_lag1", "holiday_flag", "temperature",
       "units_lag1", "units_lag2", "units_lag4", "units_lag52", "units_ma8", "woy"]
CAT = ["store_id", "dept_id", "month"]
X = df[NUM + CAT].fillna(0)
y = df["units_sold"]

# --- cell: cv setup
cv = TimeSeriesSplit(n_splits=5)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}


def run(name, est):
    r = cross_validate(est, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    return {
        "model": name,
        "mae": -r["test_mae"].mean(),
        "mae_sd": r["test_mae"].std(),
        "rmse": -r["test_rmse"].mean(),
        "r2": r["test_r2"].mean(),
    }


pre_linear = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])

# --- cell: attempt 1 / 2 / 3
results = [run("baseline: DummyRegressor(mean)", DummyRegressor(strategy="mean"))]
results.append(run("ridge a=1", Pipeline([("pre", pre_linear), ("m", Ridge(alpha=1.0))])))
results.append(run("ridge a=10", Pipeline([("pre", pre_linear), ("m", Ridge(alpha=10.0))])))
results.append(run("rf 300", RandomForestRegressor(n_estimators=300, min_samples_leaf=5, max_features=0.5,
                                                   n_jobs=-1, random_state=0)))

# --- cell: table
res = pd.DataFrame(results).set_index("model")
print(res.round(3).to_string())

# --- cell: last-week naive for reference (no fitting)
naive_mae = np.abs(df["units_sold"] - df["units_lag1"]).mean()
print("naive last-week MAE over all rows:", round(naive_mae, 3))

# --- cell: final fit + forecast
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=0)
rf.fit(X, y)
print(pd.Series(rf.feature_importances_, index=NUM + CAT).sort_values(ascending=False).round(3))

test = pd.read_csv("test.csv", parse_dates=["week"])
hist = pd.read_csv("train.csv", parse_dates=["week"])
full = pd.concat([hist, test], ignore_index=True).sort_values(["store_id", "dept_id", "week"])
g = full.groupby(["store_id", "dept_id"])["units_sold"]
for k in (1, 2, 4, 52):
    full[f"units_lag{k}"] = g.shift(k)
full["units_ma8"] = g.transform(lambda s: s.shift(1).rolling(8, min_periods=1).mean())
full["units_lag52"] = full["units_lag52"].fillna(full["units_ma8"])
full["promo_lag1"] = full.groupby(["store_id", "dept_id"])["promo"].shift(1)
full["month"] = full["week"].dt.month
full["woy"] = full["week"].dt.isocalendar().week.astype(int)
Xt = full[full["row_id"].isin(test["row_id"])]
pd.DataFrame({"row_id": Xt["row_id"], "prediction": rf.predict(Xt[NUM + CAT].fillna(0))}).to_csv(
    "predictions.csv", index=False)
