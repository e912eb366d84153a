"""Demand take-home: per-series local models (statsforecast) for 28 days ahead.

AutoETS per store x item against a SeasonalNaive baseline, scored on the last
28 days of every series.
"""
import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, SeasonalNaive

HORIZON = 28

raw = pd.read_csv("train.csv", parse_dates=["date"])
long = (raw.rename(columns={"store_item_id": "unique_id", "date": "ds", "units_sold": "y"})
           [["unique_id", "ds", "y"]]
           .sort_values(["unique_id", "ds"]))

cutoff = long["ds"].max() - pd.Timedelta(days=HORIZON - 1)
train = long[long["ds"] < cutoff]
test = long[long["ds"] >= cutoff]

sf = StatsForecast(models=[AutoETS(season_length=7), SeasonalNaive(season_length=7)],
                   freq="D", n_jobs=-1)
fc = sf.forecast(df=train, h=HORIZON)
if "unique_id" not in fc.columns:
    fc = fc.reset_index()
scored = test.merge(fc, on=["unique_id", "ds"], how="left")


def wape(a, f):
    return np.abs(a - f).sum() / np.abs(a).sum()


def mase(group):
    hist = train.loc[train["unique_id"] == group.name, "y"].to_numpy()
    scale = np.mean(np.abs(hist[7:] - hist[:-7]))
    return np.mean(np.abs(group["y"] - group["AutoETS"])) / scale if scale > 0 else np.nan


print("AutoETS WAPE              ", round(wape(scored["y"], scored["AutoETS"]), 3))
print("SeasonalNaive baseline WAPE", round(wape(scored["y"], scored["SeasonalNaive"]), 3))
print("AutoETS mean MASE         ", round(scored.groupby("unique_id").apply(mase).mean(), 3))
