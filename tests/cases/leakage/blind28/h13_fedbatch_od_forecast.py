# E. coli fed-batch run FB-07: predict next-hour OD600 from online sensors.
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

log = pd.read_csv("fb07_online_log.csv", parse_dates=["timestamp"])
log = log.sort_values("timestamp").set_index("timestamp")

# sensors log every 1 min, offline OD every ~30 min -> hourly means
hourly = log.resample("1h").mean(numeric_only=True)
hourly["od600"] = hourly["od600"].ffill()

# process features
hourly["do_drop"] = hourly["dO2_pct"].diff()
hourly["feed_cum"] = hourly["feed_rate_ml_h"].cumsum()
hourly["co2_roll3"] = hourly["offgas_co2_pct"].rolling(3).mean()
hourly["od_lag1"] = hourly["od600"].shift(1)
hourly["od_lag2"] = hourly["od600"].shift(2)
hourly["od_next"] = hourly["od600"].shift(-1)
hourly["hours"] = (hourly.index - hourly.index[0]).total_seconds() / 3600

hourly = hourly.dropna()
print(hourly.shape)

feature_cols = list(hourly.columns.difference(["od600"]))
X = hourly[feature_cols]
y = hourly["od_next"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

et = ExtraTreesRegressor(n_estimators=400, min_samples_leaf=2, random_state=1)
et.fit(X_train, y_train)
pred = et.predict(X_test)

print("MAE OD600:", round(mean_absolute_error(y_test, pred), 3))
print("R2       :", round(r2_score(y_test, pred), 3))

imp = pd.Series(et.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(10).round(3))
