# Ice-cream kiosk: daily units vs weather, five-fold CV score for the report.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import cross_val_score, cross_val_predict
from sklearn.metrics import mean_absolute_error

kiosk = pd.read_csv("kiosk_daily.csv")
kiosk["date"] = pd.to_datetime(kiosk["date"], dayfirst=True)
kiosk = kiosk.sort_values("date").set_index("date")

wx = pd.read_csv("meteo_daily.csv", index_col="date", parse_dates=True)
kiosk = kiosk.join(wx[["temp_max", "humidity", "rain_mm", "wind_kmh", "uv_index"]], how="left")
kiosk[["temp_max", "humidity", "uv_index"]] = kiosk[["temp_max", "humidity", "uv_index"]].ffill()
kiosk["rain_mm"] = kiosk["rain_mm"].fillna(0.0)

kiosk["dow"] = kiosk.index.dayofweek
kiosk["is_weekend"] = kiosk["dow"].isin([5, 6]).astype(int)
kiosk["school_holiday"] = kiosk["school_holiday"].fillna(0).astype(int)
kiosk["temp_x_weekend"] = kiosk["temp_max"] * kiosk["is_weekend"]
kiosk["units_lag1"] = kiosk["units"].shift(1)
kiosk["units_lag7"] = kiosk["units"].shift(7)
kiosk["units_ma7"] = kiosk["units"].shift(1).rolling(7).mean()
kiosk["temp_ma3"] = kiosk["temp_max"].shift(1).rolling(3).mean()
kiosk = kiosk.dropna()

cols = ["temp_max", "humidity", "rain_mm", "wind_kmh", "uv_index", "dow", "is_weekend",
        "school_holiday", "temp_x_weekend", "units_lag1", "units_lag7", "units_ma7", "temp_ma3"]
X = kiosk[cols].values
y = kiosk["units"].values

gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
mae_folds = -cross_val_score(gbr, X, y, cv=5, scoring="neg_mean_absolute_error")
r2_folds = cross_val_score(gbr, X, y, cv=5, scoring="r2")
print("MAE per fold:", np.round(mae_folds, 2))
print(f"CV MAE {mae_folds.mean():.2f} +- {mae_folds.std():.2f}")
print(f"CV R2  {r2_folds.mean():.3f}")

oof = cross_val_predict(gbr, X, y, cv=5)
kiosk["oof_pred"] = oof
monthly = kiosk.resample("MS")[["units", "oof_pred"]].sum()
monthly["abs_err"] = (monthly["units"] - monthly["oof_pred"]).abs()
print(monthly.tail(12).round(0))
print("overall out-of-fold MAE:", round(mean_absolute_error(y, oof), 2))
