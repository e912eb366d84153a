"""PM2.5 daily concentration model (regulatory monitoring network).

Particulate concentration on a day reflects the dispersion conditions around it:
boundary-layer height, wind, and rain over a two-day window. I build a dispersion
window from the station's series and a gradient-boosting model on top.
Evaluation: train on data before 2022-07-01, validate on the rest.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

CUT = pd.Timestamp("2022-07-01")
DISPERSION = ["blh_m", "wind_speed", "precip_mm", "aod"]


def dispersion_window(d):
    d = d.sort_values(["station_id", "date"]).copy()
    g = d.groupby("station_id")
    for c in DISPERSION:
        d[f"{c}_prev"] = g[c].shift(1)
        d[f"{c}_next"] = g[c].shift(-1)
        d[f"{c}_win"] = d[[f"{c}_prev", c, f"{c}_next"]].mean(axis=1)
    d["rain_flag"] = (d.precip_mm_win > 1.0).astype(int)
    d["vent_idx"] = d.blh_m_win * d.wind_speed_win
    return d


def calendar(d):
    d["month"] = d.date.dt.month
    d["dow"] = d.date.dt.dayofweek
    d["heating_season"] = d.month.isin([11, 12, 1, 2, 3]).astype(int)
    return d


train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])

both = calendar(dispersion_window(pd.concat([train, test], ignore_index=True)))
both["is_urban"] = (both.station_type == "urban").astype(int)
both["is_traffic"] = (both.station_type == "traffic").astype(int)

FEATURES = (["temp_c", "rh", "pressure_hpa", "traffic_index", "elevation_m", "lat", "lon",
             "is_urban", "is_traffic", "month", "dow", "heating_season", "rain_flag", "vent_idx"]
            + DISPERSION
            + [f"{c}_{s}" for c in DISPERSION for s in ("prev", "next", "win")])

lab = both[both.obs_id.isin(train.obs_id)]
unl = both[both.obs_id.isin(test.obs_id)]

tr = lab[lab.date < CUT]
va = lab[lab.date >= CUT]
print(f"train rows {len(tr)}, validation rows {len(va)}")

model = HistGradientBoostingRegressor(max_iter=800, learning_rate=0.04, max_leaf_nodes=40,
                                      min_samples_leaf=30, l2_regularization=0.5, random_state=0)
model.fit(tr[FEATURES], tr.pm25)
pred = model.predict(va[FEATURES]).clip(min=0)

rmse = mean_squared_error(va.pm25, pred) ** 0.5
print(f"validation RMSE {rmse:.2f} ug/m3, MAE {mean_absolute_error(va.pm25, pred):.2f}, "
      f"R2 {r2_score(va.pm25, pred):.3f}")

exceed = va.pm25 > 25
print(f"days above 25 ug/m3 in validation: {exceed.sum()}, "
      f"flagged by model: {(pred[exceed.values] > 25).mean():.1%}")

by_type = pd.DataFrame({"type": va.station_type, "err": np.abs(va.pm25 - pred)}).groupby("type").err.mean()
print(by_type.round(2))

model.fit(lab[FEATURES], lab.pm25)
pd.DataFrame({"obs_id": unl.obs_id, "prediction": model.predict(unl[FEATURES]).clip(min=0)}).to_csv(
    "predictions.csv", index=False)
