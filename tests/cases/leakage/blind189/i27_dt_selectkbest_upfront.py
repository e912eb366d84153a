import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["order_time"])
df = df.sort_values("order_time").reset_index(drop=True)

# lots of candidate features, let the selector decide
df["hour"] = df.order_time.dt.hour
df["minute"] = df.order_time.dt.minute
df["dow"] = df.order_time.dt.dayofweek
df["month"] = df.order_time.dt.month
df["weekend"] = (df.dow >= 5).astype(int)
df["dist_sq"] = df.distance_km ** 2
df["dist_log"] = np.log1p(df.distance_km)
df["prep_sq"] = df.prep_time_est.fillna(0) ** 2
df["dist_x_prep"] = df.distance_km * df.prep_time_est.fillna(0)
df["peak"] = df.hour.isin([12, 13, 19, 20]).astype(int)
df["night"] = df.hour.isin([22, 23, 0, 1, 2]).astype(int)
df = pd.concat([df, pd.get_dummies(df.weather, prefix="wx", dtype=int),
                pd.get_dummies(df.hour, prefix="h", dtype=int)], axis=1)

drop = ["order_id", "courier_id", "restaurant_id", "order_time", "weather",
        "actual_delivery_minutes", "courier_rating_after_delivery"]
X = df.drop(columns=drop).fillna(0)
y = df["actual_delivery_minutes"]
print("candidate features:", X.shape[1])

selector = SelectKBest(score_func=f_regression, k=15)
X_sel = selector.fit_transform(X, y)
chosen = X.columns[selector.get_support()]
print("kept:", list(chosen))

# time-based holdout: last 20% of orders
n_train = int(len(df) * 0.8)
X_train, X_test = X_sel[:n_train], X_sel[n_train:]
y_train, y_test = y.iloc[:n_train], y.iloc[n_train:]

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.8, random_state=1)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)
print("MAE:", mean_absolute_error(y_test, pred))
print("R2 :", r2_score(y_test, pred))

# test file
t = pd.read_csv("test.csv", parse_dates=["order_time"])
t["hour"] = t.order_time.dt.hour
t["minute"] = t.order_time.dt.minute
t["dow"] = t.order_time.dt.dayofweek
t["month"] = t.order_time.dt.month
t["weekend"] = (t.dow >= 5).astype(int)
t["dist_sq"] = t.distance_km ** 2
t["dist_log"] = np.log1p(t.distance_km)
t["prep_sq"] = t.prep_time_est.fillna(0) ** 2
t["dist_x_prep"] = t.distance_km * t.prep_time_est.fillna(0)
t["peak"] = t.hour.isin([12, 13, 19, 20]).astype(int)
t["night"] = t.hour.isin([22, 23, 0, 1, 2]).astype(int)
t = pd.concat([t, pd.get_dummies(t.weather, prefix="wx", dtype=int),
               pd.get_dummies(t.hour, prefix="h", dtype=int)], axis=1)
t = t.reindex(columns=X.columns, fill_value=0).fillna(0)
gbr.fit(X_sel, y)
pd.DataFrame({"order_id": pd.read_csv("test.csv")["order_id"],
              "prediction": gbr.predict(selector.transform(t))}).to_csv("predictions.csv", index=False)
