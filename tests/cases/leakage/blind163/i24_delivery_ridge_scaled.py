"""Linear ETA model (ridge) as a transparent first version.

Features are standardised so the coefficients are comparable (minutes per
standard deviation), which the ops team asked for.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.preprocessing import StandardScaler

NUMERIC = ["distance_km", "prep_time_est_min", "items_count", "order_value", "weather_temp",
           "rain_mm", "traffic_index", "courier_experience_days", "active_couriers_in_zone"]


def base_frame(df):
    out = df[NUMERIC].copy()
    out = out.fillna({"rain_mm": 0.0, "weather_temp": 15.0, "traffic_index": 1.0})
    out["log_distance"] = np.log1p(df["distance_km"])
    out["peak_lunch"] = df["order_time"].dt.hour.isin([11, 12, 13]).astype(int)
    out["peak_dinner"] = df["order_time"].dt.hour.isin([18, 19, 20, 21]).astype(int)
    out["weekend"] = (df["order_time"].dt.dayofweek >= 5).astype(int)
    out["rookie_courier"] = (df["courier_experience_days"] < 30).astype(int)
    return out


orders = pd.read_csv("train.csv", parse_dates=["order_time"]).sort_values("order_time").reset_index(drop=True)
X_raw = base_frame(orders)
y = orders["delivery_minutes"].to_numpy()

scaler = StandardScaler().fit(X_raw)
X = pd.DataFrame(scaler.transform(X_raw), columns=X_raw.columns)

# last 15% of the timeline is the validation window
n_fit = int(0.85 * len(orders))
X_fit, y_fit = X.iloc[:n_fit], y[:n_fit]
X_val, y_val = X.iloc[n_fit:], y[n_fit:]
print("fit window ends", orders["order_time"].iloc[n_fit - 1], "| validation rows", len(X_val))

ridge = Ridge(alpha=5.0).fit(X_fit, y_fit)
val_pred = ridge.predict(X_val)
print(f"validation MAE: {mean_absolute_error(y_val, val_pred):.2f} min   R2: {r2_score(y_val, val_pred):.3f}")

coef = pd.Series(ridge.coef_, index=X.columns).sort_values(key=np.abs, ascending=False)
print("minutes per 1 SD:\n", coef.round(2).to_string())

resid = y_val - val_pred
print("residual quantiles:", np.percentile(resid, [5, 25, 50, 75, 95]).round(1))

ridge_all = Ridge(alpha=5.0).fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["order_time"])
X_test = scaler.transform(base_frame(test))
pd.DataFrame({"order_id": test["order_id"], "prediction": ridge_all.predict(X_test)}).to_csv(
    "predictions.csv", index=False)
