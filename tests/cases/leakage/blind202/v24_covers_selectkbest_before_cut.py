"""Covers per restaurant/day. Lots of candidate features -> keep the 15 best, then GBM."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["date"]).sort_values(["restaurant_id", "date"])

def engineer(d):
    d = d.copy()
    grp = d.groupby("restaurant_id")
    for k in [1, 2, 3, 7, 14, 21, 28, 364]:
        d[f"lag_{k}"] = grp["covers"].shift(k)
    for w in [7, 14, 28]:
        d[f"roll_mean_{w}"] = grp["covers"].transform(lambda s: s.shift(1).rolling(w).mean())
        d[f"roll_std_{w}"] = grp["covers"].transform(lambda s: s.shift(1).rolling(w).std())
    d["bookings_lag_7"] = grp["bookings"].shift(7)
    d["dow"] = d["date"].dt.dayofweek
    d["dom"] = d["date"].dt.day
    d["month"] = d["date"].dt.month
    d["weekofyear"] = d["date"].dt.isocalendar().week.astype(int)
    d["temp_sq"] = d["temp_c"] ** 2
    d["rain_any"] = (d["rain_mm"] > 0).astype(int)
    d["bookings_x_weekend"] = d["bookings"] * (d["dow"] >= 5)
    return d

df = engineer(df).fillna(-1)
candidates = [c for c in df.columns if c not in ("row_id", "date", "covers", "restaurant_id")]

selector = SelectKBest(f_regression, k=15)
selector.fit(df[candidates], df["covers"])
chosen = [c for c, keep in zip(candidates, selector.get_support()) if keep]
print("selected:", chosen)

cutoff = df["date"].max() - pd.Timedelta(days=42)
tr, te = df[df["date"] <= cutoff], df[df["date"] > cutoff]

gbm = GradientBoostingRegressor(n_estimators=500, max_depth=4, learning_rate=0.05,
                                subsample=0.8, loss="absolute_error", random_state=0)
gbm.fit(tr[chosen], tr["covers"])
mae_model = mean_absolute_error(te["covers"], gbm.predict(te[chosen]))
mae_naive = mean_absolute_error(te["covers"], te["lag_7"].where(te["lag_7"] >= 0, tr["covers"].mean()))
print(f"seasonal-naive baseline MAE: {mae_naive:.2f}")
print(f"GBM MAE:                     {mae_model:.2f}")

gbm.fit(df[chosen], df["covers"])
test = pd.read_csv("test.csv", parse_dates=["date"])
full = engineer(pd.concat([df[test.columns.tolist() + ["covers"]], test]).sort_values(["restaurant_id", "date"]))
full = full.fillna(-1)
rows = full[full["row_id"].isin(test["row_id"])]
pd.DataFrame({"row_id": rows["row_id"], "prediction": gbm.predict(rows[chosen])}).to_csv("predictions.csv", index=False)
