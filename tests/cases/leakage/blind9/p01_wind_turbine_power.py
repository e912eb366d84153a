"""Wind turbine active power regression from SCADA logs.

10-minute SCADA records from a single turbine; we predict the active power
from wind speed / direction and the recent wind regime.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, r2_score

CFG = {
    "path": "data/T1_scada.csv",
    "cut": "2018-10-01",
    "ewm_spans": [6, 36, 144],
    "params": dict(n_estimators=600, learning_rate=0.03, num_leaves=63,
                   subsample=0.8, colsample_bytree=0.8, random_state=7),
}


def load(path):
    df = pd.read_csv(path)
    df["ts"] = pd.to_datetime(df["Date/Time"], format="%d %m %Y %H:%M")
    df = df.rename(columns={
        "LV ActivePower (kW)": "power",
        "Wind Speed (m/s)": "ws",
        "Wind Direction (°)": "wd",
        "Theoretical_Power_Curve (KWh)": "curve",
    })
    return df.drop(columns=["Date/Time"]).sort_values("ts").reset_index(drop=True)


def add_calendar(df):
    out = df.copy()
    out["hour"] = out["ts"].dt.hour
    out["month"] = out["ts"].dt.month
    out["wd_sin"] = np.sin(np.deg2rad(out["wd"]))
    out["wd_cos"] = np.cos(np.deg2rad(out["wd"]))
    out["ws_cubed"] = out["ws"] ** 3
    return out


def add_regime(df, spans):
    out = df.copy()
    # smoothed wind regime from the previous records
    prev_ws = out["ws"].shift(1)
    feats = {f"ws_ewm_{s}": prev_ws.ewm(span=s, adjust=False).mean() for s in spans}
    feats.update({f"ws_ewmstd_{s}": prev_ws.ewm(span=s).std() for s in spans})
    # recent output level of the machine (captures curtailment / icing periods)
    feats.update({f"out_level_{s}": out["power"].ewm(span=s, adjust=False).mean() for s in spans})
    out = out.assign(**feats)
    out["ws_delta"] = out["ws_ewm_6"] - out["ws_ewm_144"]
    return out


df = load(CFG["path"])
print(df.shape, df["ts"].min(), df["ts"].max())
print(df[["power", "ws", "wd"]].describe().T)
print("share of zero-power rows:", (df["power"] <= 0).mean().round(3))

df = add_calendar(df)
df = add_regime(df, CFG["ewm_spans"])
df = df.dropna().reset_index(drop=True)

features = [c for c in df.columns if c not in ("ts", "power", "curve")]
print(len(features), "features")

train = df[df["ts"] < CFG["cut"]]
test = df[df["ts"] >= CFG["cut"]]
print("train", train["ts"].min(), "->", train["ts"].max(), len(train))
print("test ", test["ts"].min(), "->", test["ts"].max(), len(test))

model = lgb.LGBMRegressor(**CFG["params"])
model.fit(train[features], train["power"])
pred = np.clip(model.predict(test[features]), 0, None)

print(f"MAE  {mean_absolute_error(test['power'], pred):.1f} kW")
print(f"R2   {r2_score(test['power'], pred):.4f}")

baseline = test["curve"].clip(upper=3600)
print(f"power-curve baseline MAE {mean_absolute_error(test['power'], baseline):.1f} kW")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))
