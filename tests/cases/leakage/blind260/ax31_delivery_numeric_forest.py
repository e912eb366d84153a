import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

# QuickCart - delivery hours. quick numeric-only model first, then iterate.

shipments = pd.read_csv("train.csv", parse_dates=["dispatched_at", "delivered_at"])
couriers = pd.read_csv("couriers.csv")
zones = pd.read_csv("zones.csv")

df = shipments.merge(couriers, on="courier_id", how="left")
df = df.merge(zones.rename(columns={"zone_id": "dest_zone"}), on="dest_zone", how="left")

df["dispatch_hour"] = df.dispatched_at.dt.hour
df["dispatch_dow"] = df.dispatched_at.dt.dayofweek
df["express"] = (df.service_level != "standard").astype(int)
df["van"] = (df.vehicle_type == "van").astype(int)
df["rain_or_worse"] = df.weather.isin(["rain", "snow", "storm"]).astype(int)

# numeric columns only; drop the target and the post-delivery fields
X = df.select_dtypes("number").drop(columns=["delivery_hours", "customer_rating", "late_flag"])
y = df["delivery_hours"]
print(X.columns.tolist())

# last 8 weeks = test
split_date = df.dispatched_at.max() - pd.Timedelta(weeks=8)
tr = df.dispatched_at <= split_date
X_tr, X_te, y_tr, y_te = X[tr], X[~tr], y[tr], y[~tr]
print(len(X_tr), len(X_te))

med = X_tr.median()
X_tr, X_te = X_tr.fillna(med), X_te.fillna(med)

et = ExtraTreesRegressor(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=9).fit(X_tr, y_tr)
dm = DummyRegressor(strategy="median").fit(X_tr, y_tr)

print("baseline MAE", round(mean_absolute_error(y_te, dm.predict(X_te)), 2))
print("trees    MAE", round(mean_absolute_error(y_te, et.predict(X_te)), 2),
      "MAPE", round(mean_absolute_percentage_error(y_te, et.predict(X_te)), 3))

print(pd.Series(et.feature_importances_, X.columns).sort_values(ascending=False).head(10))
