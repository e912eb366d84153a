# Day-ahead load: compare a few regressors and keep the best one.
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error

TARGET = "load_mw"

train = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp")
test_file = pd.read_csv("test.csv", parse_dates=["timestamp"]).sort_values("timestamp")


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

df = build_features(train).dropna(subset=["lag168"])
cut = df.timestamp.quantile(0.85)
tr = df[df.timestamp < cut]
te = df[df.timestamp >= cut]
print(f"train {tr.timestamp.min()} .. {tr.timestamp.max()}  ({len(tr)})")
print(f"test  {te.timestamp.min()} .. {te.timestamp.max()}  ({len(te)})")

candidates = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=3.0)),
    "random_forest": RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "lgbm_small": LGBMRegressor(n_estimators=400, num_leaves=15, learning_rate=0.05, random_state=0),
    "lgbm_large": LGBMRegressor(n_estimators=1500, num_leaves=127, learning_rate=0.02, random_state=0),
}

scores = {}
for name, est in candidates.items():
    est.fit(tr[FEATS], tr[TARGET])
    scores[name] = mean_absolute_error(te[TARGET], est.predict(te[FEATS]))
    print(f"{name:<14} test MAE {scores[name]:.1f}")

baseline_mae = mean_absolute_error(te[TARGET], te["lag168"])
print(f"{'seasonal naive baseline':<14} test MAE {baseline_mae:.1f}")

best = min(scores, key=scores.get)
print(f"\nSelected model: {best} -> test MAE {scores[best]:.1f} "
      f"({100 * (1 - scores[best] / baseline_mae):.1f}% better than seasonal naive)")

# final predictions
hist = pd.concat([train, test_file], ignore_index=True).sort_values("timestamp")
hist = build_features(hist)
future = hist[hist.row_id.isin(test_file.row_id)]
final = candidates[best].fit(df[FEATS], df[TARGET])
pd.DataFrame({"row_id": future.row_id, "prediction": final.predict(future[FEATS])}).to_csv(
    "predictions.csv", index=False)
