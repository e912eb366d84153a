"""Daily unit sales forecast for a single store with statsforecast.

Fits AutoARIMA / AutoETS / AutoTheta on everything before the last four
weeks and scores them on those four weeks; SeasonalNaive is the baseline.
"""
import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoARIMA, AutoETS, AutoTheta, SeasonalNaive

H = 28
SEASON = 7
DATA = "data/store_7_transactions.csv"


def smape(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    denom = (np.abs(y_true) + np.abs(y_pred)) / 2
    return 100 * np.mean(np.where(denom == 0, 0, np.abs(y_true - y_pred) / denom))


raw = pd.read_csv(DATA, parse_dates=["date"])
raw = raw.sort_values("date")
daily = raw.set_index("date")["units"].resample("D").sum()

sf_df = pd.DataFrame({"unique_id": "store_7", "ds": daily.index, "y": daily.values.astype(float)})
cutoff = sf_df["ds"].max() - pd.Timedelta(days=H)
train = sf_df[sf_df["ds"] <= cutoff]
test = sf_df[sf_df["ds"] > cutoff]
print(f"train until {cutoff.date()} ({len(train)} days), test {len(test)} days")

models = [
    AutoARIMA(season_length=SEASON),
    AutoETS(season_length=SEASON),
    AutoTheta(season_length=SEASON),
    SeasonalNaive(season_length=SEASON),
]
sf = StatsForecast(models=models, freq="D", n_jobs=1)

# rolling-origin check on the training period only
cv = sf.cross_validation(df=train, h=H, step_size=H, n_windows=3)
cv = cv.reset_index()
model_cols = [c for c in cv.columns if c not in ("unique_id", "ds", "cutoff", "y")]
print("\nbacktest on training period (MAE):")
for col in model_cols:
    print(f"  {col:>14s}: {np.mean(np.abs(cv['y'] - cv[col])):.2f}")

forecast = sf.forecast(df=train, h=H).reset_index()
scored = test.merge(forecast, on=["unique_id", "ds"], how="left")

baseline_mae = np.mean(np.abs(scored["y"] - scored["SeasonalNaive"]))
print("\nholdout (last 4 weeks):")
for col in model_cols:
    mae = np.mean(np.abs(scored["y"] - scored[col]))
    print(
        f"  {col:>14s}: MAE={mae:8.2f}  sMAPE={smape(scored['y'], scored[col]):6.2f}%"
        f"  MASE-vs-naive={mae / baseline_mae:5.3f}"
    )
