import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

# --- load ---------------------------------------------------------------
df = pd.read_csv("train.csv", parse_dates=["timestamp"])
print(df.info())

# --- features -------------------------------------------------------------
df["hour"] = df.timestamp.dt.hour
df["weekday"] = df.timestamp.dt.weekday
df["month"] = df.timestamp.dt.month
df["hdd"] = (17.0 - df.outdoor_temp_fcst_c).clip(lower=0)
df = pd.concat([df, pd.get_dummies(df.building_type, prefix="type", dtype=int)], axis=1)

X = df[["hour", "weekday", "month", "hdd", "outdoor_temp_fcst_c", "wind_fcst_ms",
        "solar_fcst_wm2", "supply_temp_setpoint_c", "floor_area_m2"]
       + [c for c in df.columns if c.startswith("type_")]]
y = df.heat_kwh

# --- split / fit --------------------------------------------------------
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

rf = RandomForestRegressor(n_estimators=400, max_depth=18, min_samples_leaf=3, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
y_pred = rf.predict(X_test)

print("MAE :", round(mean_absolute_error(y_test, y_pred), 3))
print("R2  :", round(r2_score(y_test, y_pred), 4))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

# --- submission -------------------------------------------------------------
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
test["hour"] = test.timestamp.dt.hour
test["weekday"] = test.timestamp.dt.weekday
test["month"] = test.timestamp.dt.month
test["hdd"] = (17.0 - test.outdoor_temp_fcst_c).clip(lower=0)
test = pd.concat([test, pd.get_dummies(test.building_type, prefix="type", dtype=int)], axis=1)
test = test.reindex(columns=list(test.columns) + [c for c in X.columns if c not in test.columns], fill_value=0)
rf.fit(X, y)
test["prediction"] = rf.predict(test[X.columns])
test[["timestamp", "substation_id", "prediction"]].to_csv("predictions.csv", index=False)
