# Day-ahead load: compare a few regressors on a validation period, then score the
# chosen one once on a final test period.
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error

TARGET = "load_mw"

train = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp")


def build_features(df):
    out = df.copy()
    out["hour"] = out.timestamp.dt.hour
    out["dow"] = out.timestamp.dt.dayofweek
    out["month"] = out.timestamp.dt.month
    out["hour_sin"] = np.sin(2 * np.pi * out.hour / 24)
    out["hour_cos"] = np.cos(2 * np.pi * out.hour / 24)
    out["temp_x_hour"] = out.temp_forecast_c * out.hour_cos
    out["lag24"] = out[TARGET].shift(24)
    out["lag168"] = out[TARGET].shift(168)
    return out


FEATS = ["hour", "dow", "month", "hour_sin", "hour_cos", "is_holiday", "temp_forecast_c",
         "dewpoint_forecast_c", "wind_forecast_ms", "cloud_forecast_pct", "temp_x_hour",
         "lag24", "lag168"]

df = build_features(train).dropna(subset=["lag168"]).reset_index(drop=True)

# chronological 70 / 15 / 15 (no shuffling)
dev, te = train_test_split(df, test_size=0.15, shuffle=False)
tr, va = train_test_split(dev, test_size=0.15 / 0.85, shuffle=False)
for name, part in [("train", tr), ("valid", va), ("test", te)]:
    print(f"{name:<5} {part.timestamp.min()} .. {part.timestamp.max()}  ({len(part)})")

candidates = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=3.0)),
    "random_forest": RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "lgbm_small": LGBMRegressor(n_estimators=400, num_leaves=15, learning_rate=0.05, random_state=0),
    "lgbm_large": LGBMRegressor(n_estimators=1500, num_leaves=127, learning_rate=0.02, random_state=0),
}

val_scores = {}
for name, est in candidates.items():
    est.fit(tr[FEATS], tr[TARGET])
    val_scores[name] = mean_absolute_error(va[TARGET], est.predict(va[FEATS]))
    print(f"{name:<14} valid MAE {val_scores[name]:.1f}")

best = min(val_scores, key=val_scores.get)
print("picked on validation:", best)

# refit on train+valid, score the test period once
final = candidates[best].fit(dev[FEATS], dev[TARGET])
test_mae = mean_absolute_error(te[TARGET], final.predict(te[FEATS]))
baseline_mae = mean_absolute_error(te[TARGET], te["lag168"])
print(f"test MAE {best}: {test_mae:.1f}   seasonal-naive baseline: {baseline_mae:.1f}")
