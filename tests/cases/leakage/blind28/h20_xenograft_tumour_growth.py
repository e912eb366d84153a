"""Tumour volume at the next caliper measurement, PDX study (cohorts A-F).

Model is trained on all measurements up to the cut date and evaluated on
animals from the cohorts enrolled afterwards.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

m = pd.read_csv("pdx_caliper_measurements.csv", parse_dates=["date"])
m = m.sort_values(["mouse_id", "date"]).reset_index(drop=True)

m["volume_mm3"] = 0.5 * m["length_mm"] * m["width_mm"] ** 2
m["log_vol"] = np.log1p(m["volume_mm3"])

by_mouse = m.groupby("mouse_id")
m["days_on_study"] = (m["date"] - pd.to_datetime(m["implant_date"])).dt.days
m["prev_log_vol"] = by_mouse["log_vol"].shift(1)
m["prev2_log_vol"] = by_mouse["log_vol"].shift(2)
m["prev_weight"] = by_mouse["body_weight_g"].shift(1)
m["gap_days"] = by_mouse["date"].diff().dt.days
m["growth_rate_prev"] = (m["prev_log_vol"] - m["prev2_log_vol"]) / m.groupby("mouse_id")["gap_days"].shift(1)
m["dose_mg_kg"] = m["dose_mg_kg"].fillna(0)
m = pd.get_dummies(m, columns=["arm"], prefix="arm", dtype=int)

feats = ["days_on_study", "prev_log_vol", "prev2_log_vol", "prev_weight", "gap_days",
         "growth_rate_prev", "dose_mg_kg"] + [c for c in m.columns if c.startswith("arm_")]
m = m.dropna(subset=feats + ["log_vol"])

cut = pd.Timestamp("2022-09-01")
train = m[m["date"] < cut]
later = m[m["date"] >= cut]
seen = set(train["mouse_id"])
test = later[~later["mouse_id"].isin(seen)]
print(f"train rows {len(train)} ({train.mouse_id.nunique()} mice)")
print(f"test rows {len(test)} ({test.mouse_id.nunique()} mice, all enrolled after {cut.date()})")

rf = RandomForestRegressor(n_estimators=600, min_samples_leaf=3, random_state=0, n_jobs=-1)
rf.fit(train[feats], train["log_vol"])
mean_model = DummyRegressor(strategy="mean").fit(train[feats], train["log_vol"])

for name, est in [("random forest", rf), ("mean baseline", mean_model)]:
    pred_vol = np.expm1(est.predict(test[feats]))
    print(f"{name:>14s}: MAE {mean_absolute_error(test['volume_mm3'], pred_vol):7.1f} mm3 "
          f"| median AE {median_absolute_error(test['volume_mm3'], pred_vol):7.1f} mm3")

# naive: next volume equals the previous one
naive = np.expm1(test["prev_log_vol"])
print(f"{'last value':>14s}: MAE {mean_absolute_error(test['volume_mm3'], naive):7.1f} mm3")
