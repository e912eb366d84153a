"""Next-day volumetric soil moisture (30 cm) for the irrigation scheduler, field B4."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("field_b4_daily.csv", parse_dates=["day"])
df = df.sort_values("day").set_index("day")

# logger gaps: carry the last valid reading forward, at most 2 days
for c in ["vwc_10cm", "vwc_30cm", "vwc_60cm"]:
    df[c] = df[c].ffill(limit=2)
df["rain_mm"] = df["rain_mm"].fillna(0.0)
df["irrig_mm"] = df["irrig_mm"].fillna(0.0)

df["target"] = df["vwc_30cm"]
lagged = {
    "vwc30_l1": df["vwc_30cm"].shift(1),
    "vwc30_l2": df["vwc_30cm"].shift(2),
    "vwc10_l1": df["vwc_10cm"].shift(1),
    "vwc60_l1": df["vwc_60cm"].shift(1),
    "rain_l1": df["rain_mm"].shift(1),
    "rain_3d": df["rain_mm"].shift(1).rolling(3).sum(),
    "irrig_l1": df["irrig_mm"].shift(1),
    "et0_l1": df["et0_mm"].shift(1),
    "et0_7d": df["et0_mm"].shift(1).rolling(7).mean(),
    "tmax_l1": df["tmax_c"].shift(1),
}
feat = pd.DataFrame(lagged)
feat["doy"] = df.index.dayofyear
data = feat.join(df["target"]).dropna()

split_day = pd.Timestamp("2023-06-01")
tr = data[data.index < split_day]
te = data[data.index >= split_day]

cols = list(feat.columns)
scaler = StandardScaler().fit(tr[cols])
Xtr = scaler.transform(tr[cols])
Xte = scaler.transform(te[cols])

ridge = Ridge(alpha=1.0).fit(Xtr, tr["target"])
pred = ridge.predict(Xte)
print("days train/test:", len(tr), len(te))
print("MAE  %.4f m3/m3" % mean_absolute_error(te["target"], pred))
print("R2   %.3f" % r2_score(te["target"], pred))
coef = pd.Series(ridge.coef_, index=cols).sort_values()
print(coef.round(4))
