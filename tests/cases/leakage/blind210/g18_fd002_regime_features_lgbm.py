"""CMAPSS FD002: six operating regimes, one fault mode.

The operating settings cluster tightly into six flight regimes. Sensors are
normalised per regime and each regime gets a typical-RUL feature, then a
LightGBM regressor is trained on 80% of the engines.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_squared_error, mean_absolute_error

SEED = 5
CAP = 130

cols = ["unit", "cycle", "alt", "mach", "tra"] + [f"s{i}" for i in range(1, 22)]
df = pd.read_csv("data/train_FD002.txt", sep=r"\s+", header=None, names=cols)
print(df.shape, df["unit"].nunique(), "engines")

# operating regime from the rounded settings
df["regime"] = (
    df["alt"].round(0).astype(int).astype(str)
    + "_" + df["mach"].round(2).astype(str)
    + "_" + df["tra"].round(0).astype(int).astype(str)
)
print(df["regime"].value_counts())

df["RUL"] = (df.groupby("unit")["cycle"].transform("max") - df["cycle"]).clip(upper=CAP)

sensors = ["s2", "s3", "s4", "s7", "s8", "s9", "s11", "s12", "s13", "s14", "s15", "s17", "s20", "s21"]

# typical remaining life observed in each regime
regime_rul = df.groupby("regime")["RUL"].agg(["mean", "median"])
regime_rul.columns = ["regime_rul_mean", "regime_rul_median"]
df = df.merge(regime_rul, left_on="regime", right_index=True, how="left")

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr_idx, te_idx = next(gss.split(df, groups=df["unit"]))
train = df.iloc[tr_idx].copy()
test = df.iloc[te_idx].copy()

# per-regime sensor normalisation, statistics from the training engines
stats = train.groupby("regime")[sensors].agg(["mean", "std"])
for s in sensors:
    m = train["regime"].map(stats[(s, "mean")])
    sd = train["regime"].map(stats[(s, "std")]).replace(0, 1)
    train[s + "_n"] = (train[s] - m) / sd
    m = test["regime"].map(stats[(s, "mean")])
    sd = test["regime"].map(stats[(s, "std")]).replace(0, 1)
    test[s + "_n"] = (test[s] - m) / sd

features = [s + "_n" for s in sensors] + ["regime_rul_mean", "regime_rul_median", "alt", "mach", "tra"]

model = lgb.LGBMRegressor(
    n_estimators=800,
    learning_rate=0.03,
    num_leaves=31,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=SEED,
    verbose=-1,
)
model.fit(train[features], train["RUL"])

test["pred"] = np.clip(model.predict(test[features]), 0, CAP)

rmse = mean_squared_error(test["RUL"], test["pred"]) ** 0.5
mae = mean_absolute_error(test["RUL"], test["pred"])
print(f"all cycles of held-out engines: RMSE {rmse:.2f}  MAE {mae:.2f}")

last = test.sort_values("cycle").groupby("unit").tail(1)
print(f"last cycle only: RMSE {mean_squared_error(last['RUL'], last['pred']) ** 0.5:.2f}")

print(f"mean-RUL baseline RMSE: {mean_squared_error(test['RUL'], np.full(len(test), train['RUL'].mean())) ** 0.5:.2f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=features)
print((imp / imp.sum()).sort_values(ascending=False).round(3).to_string())
