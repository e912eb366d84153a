import os
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

DATA = os.environ.get("CMAPSS_DIR", "./CMAPSSData")
OUT = "artifacts"
os.makedirs(OUT, exist_ok=True)

header = ["unit", "cycle", "alt", "mach", "tra"] + [f"T{i}" for i in range(1, 22)]

df = pd.read_csv(os.path.join(DATA, "train_FD001.txt"), sep=r"\s+", header=None, names=header)
print(df.shape)
print(df.head())

# constant / near-constant channels for FD001
const = [c for c in df.columns[5:] if df[c].std() < 1e-4]
print("constant channels:", const)
df = df.drop(columns=const + ["tra"])

df["rul_raw"] = df.groupby("unit")["cycle"].transform("max") - df["cycle"]
df["rul"] = df["rul_raw"].clip(upper=125)

print(df[["rul_raw", "rul"]].describe().round(1))

feature_cols = [c for c in df.columns if c not in ("unit", "cycle", "rul_raw")]
target = "rul"
print("features:", feature_cols)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
tr, te = next(splitter.split(df, groups=df["unit"]))
train, test = df.iloc[tr].copy(), df.iloc[te].copy()
print("train engines", sorted(train.unit.unique())[:10], "...")
print("test engines ", sorted(test.unit.unique())[:10], "...")

dtrain = xgb.DMatrix(train[feature_cols], label=train[target])
dtest = xgb.DMatrix(test[feature_cols], label=test[target])

params = {
    "objective": "reg:squarederror",
    "eta": 0.05,
    "max_depth": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 5,
    "seed": 11,
}
booster = xgb.train(params, dtrain, num_boost_round=600, verbose_eval=100,
                    evals=[(dtrain, "train")])

test["pred"] = booster.predict(dtest).clip(0, 125)

rmse = mean_squared_error(test[target], test["pred"]) ** 0.5
mae = mean_absolute_error(test[target], test["pred"])
r2 = r2_score(test[target], test["pred"])
print(f"held-out engines: RMSE={rmse:.2f} MAE={mae:.2f} R2={r2:.3f}")

# error by remaining life bucket
test["bucket"] = pd.cut(test[target], bins=[-1, 25, 50, 75, 100, 125])
by_bucket = test.groupby("bucket", observed=True).apply(
    lambda g: pd.Series({"n": len(g), "rmse": np.sqrt(((g[target] - g["pred"]) ** 2).mean())})
)
print(by_bucket.round(2))

# last cycle of each held-out engine, as in the official benchmark
last = test.sort_values(["unit", "cycle"]).groupby("unit").tail(1)
last_rmse = mean_squared_error(last[target], last["pred"]) ** 0.5
print(f"last-cycle RMSE={last_rmse:.2f} over {len(last)} engines")

gain = booster.get_score(importance_type="gain")
gain = pd.Series(gain).sort_values(ascending=False)
print(gain.round(1).head(15))

booster.save_model(os.path.join(OUT, "xgb_fd001.json"))
with open(os.path.join(OUT, "metrics.json"), "w") as f:
    json.dump({"rmse": rmse, "mae": mae, "r2": r2, "last_cycle_rmse": last_rmse}, f, indent=2)
