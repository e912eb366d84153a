"""Daily regional electricity load - cross-validated LightGBM vs seasonal naive."""
import json

import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import KFold

task = json.load(open("task.json"))
TARGET = task["target"]          # load_mwh
DATE = task["time_column"]       # date
ID = task["id_column"]           # obs_id
LEAKY = task.get("leaky_columns", [])

df = pd.read_csv("train.csv", parse_dates=[DATE])
df = df.sort_values(["region", DATE]).reset_index(drop=True)
print(df.groupby("region")[TARGET].describe())

# ---------------------------------------------------------------- features
reg = df.groupby("region")[TARGET]
df["lag7"] = reg.shift(7)
df["lag14"] = reg.shift(14)
df["lag364"] = reg.shift(364)
df["roll7_prev"] = reg.transform(lambda s: s.shift(7).rolling(7).mean())
df["roll28_prev"] = reg.transform(lambda s: s.shift(7).rolling(28).mean())
df["dow"] = df[DATE].dt.dayofweek
df["doy"] = df[DATE].dt.dayofyear
df["sin_doy"] = np.sin(2 * np.pi * df["doy"] / 365.25)
df["cos_doy"] = np.cos(2 * np.pi * df["doy"] / 365.25)
df["temp_mean"] = (df["temp_max"] + df["temp_min"]) / 2
df["hdd"] = (15.5 - df["temp_mean"]).clip(lower=0)
df["cdd"] = (df["temp_mean"] - 22.0).clip(lower=0)
df = pd.get_dummies(df, columns=["region"], prefix="r", dtype=int)
df = df.dropna(subset=["lag7", "lag14", "roll28_prev"]).reset_index(drop=True)

FEATURES = [c for c in df.columns if c not in {TARGET, DATE, ID, "doy", *LEAKY}]
print(len(FEATURES), "features:", FEATURES)

# ---------------------------------------------------------------- CV
cv = KFold(n_splits=5, shuffle=True, random_state=0)
splits = list(cv.split(df))

rows = []
for k, (tr, va) in enumerate(splits):
    model = LGBMRegressor(n_estimators=700, learning_rate=0.03, num_leaves=31,
                          min_child_samples=30, subsample=0.8, subsample_freq=1,
                          colsample_bytree=0.8, random_state=k)
    model.fit(df.loc[tr, FEATURES], df.loc[tr, TARGET])
    pred = model.predict(df.loc[va, FEATURES])
    naive = df.loc[va, "lag7"]                     # seasonal naive: same weekday last week
    y = df.loc[va, TARGET]
    rows.append({
        "fold": k,
        "n_val": len(va),
        "mae_model": mean_absolute_error(y, pred),
        "mae_naive": mean_absolute_error(y, naive),
        "mape_model": mean_absolute_percentage_error(y, pred),
        "mape_naive": mean_absolute_percentage_error(y, naive),
    })

res = pd.DataFrame(rows)
print(res.round(4))
print(res[["mae_model", "mae_naive", "mape_model", "mape_naive"]].mean().round(4))
skill = 1 - res["mae_model"].mean() / res["mae_naive"].mean()
print(f"skill vs seasonal naive: {skill:.1%}")
