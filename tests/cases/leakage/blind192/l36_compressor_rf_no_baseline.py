"""
Screw compressor - predict the discharge temperature one hour ahead.

compressor_10min.csv : ts, discharge_temp, oil_temp, motor_current, inlet_pressure,
                       outlet_pressure, ambient_temp, load_pct   (one row / 10 min)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

STEPS_AHEAD = 6          # 6 x 10 min = 1 hour

df = pd.read_csv("compressor_10min.csv", parse_dates=["ts"])
df = df.sort_values("ts").set_index("ts")
df = df[~df.index.duplicated()]
df = df.ffill(limit=3)
print(df.shape, df.index.min(), df.index.max())
print(df.describe().T[["mean", "std", "min", "max"]])

sensors = ["discharge_temp", "oil_temp", "motor_current", "inlet_pressure",
           "outlet_pressure", "ambient_temp", "load_pct"]

# target: discharge temperature one hour from now
df["target"] = df["discharge_temp"].shift(-STEPS_AHEAD)

# history of the main signals, all ending at the current reading
for col in ["discharge_temp", "oil_temp", "motor_current", "load_pct"]:
    for k in (1, 3, 6):
        df[f"{col}_lag{k}"] = df[col].shift(k)
    df[f"{col}_mean_1h"] = df[col].shift(1).rolling(6).mean()
    df[f"{col}_slope_1h"] = df[col] - df[col].shift(6)

df["pressure_ratio"] = df["outlet_pressure"] / df["inlet_pressure"]
df["hour"] = df.index.hour
df["weekday"] = df.index.dayofweek
df = df.dropna()

feature_cols = [c for c in df.columns if c != "target"]

n = len(df)
train = df.iloc[: int(n * 0.8)]
test = df.iloc[int(n * 0.8) + STEPS_AHEAD:]   # gap so no target overlaps the training window
print("train", train.index.min(), "->", train.index.max())
print("test ", test.index.min(), "->", test.index.max())

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, max_features=0.5,
                           n_jobs=-1, random_state=42)
rf.fit(train[feature_cols], train["target"])
pred = rf.predict(test[feature_cols])

print("MAE  %.3f degC" % mean_absolute_error(test["target"], pred))
print("R2   %.4f" % r2_score(test["target"], pred))

imp = pd.Series(rf.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(15))

# alert simulation: predicted > 95 degC one hour ahead
alerts = pd.Series(pred > 95, index=test.index)
print("alerts raised:", int(alerts.sum()), "actual exceedances:", int((test["target"] > 95).sum()))
