"""Weekly store x item demand forecast - LightGBM on lag features.

Horizon in the brief is 8 weeks, so every lag / rolling feature starts at lag 8.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

HORIZON = 8

df = pd.read_csv("train.csv", parse_dates=["week_start"])
print(df.shape)
print(df.head())
print(df.isna().mean().sort_values(ascending=False).head(8))
print("weeks:", df["week_start"].min(), "->", df["week_start"].max())
print("series:", df.groupby(["store_id", "item_id"]).ngroups)

# ---- features -------------------------------------------------------------
df = df.sort_values(["store_id", "item_id", "week_start"]).reset_index(drop=True)
g = df.groupby(["store_id", "item_id"])["units_sold"]

for lag in [HORIZON, HORIZON + 1, HORIZON + 4, 52]:
    df[f"lag_{lag}"] = g.shift(lag)
df["rmean_4"] = g.transform(lambda s: s.shift(HORIZON).rolling(4).mean())
df["rmean_13"] = g.transform(lambda s: s.shift(HORIZON).rolling(13).mean())
df["rstd_13"] = g.transform(lambda s: s.shift(HORIZON).rolling(13).std())

df["week_of_year"] = df["week_start"].dt.isocalendar().week.astype(int)
df["month"] = df["week_start"].dt.month
df["discount"] = 1 - df["price"] / df["base_price"]

for c in ["store_id", "item_id", "category", "store_type"]:
    df[c] = df[c].astype("category")

df = df.dropna(subset=["lag_52"])  # first year has no yearly lag, drop it

features = [
    "store_id", "item_id", "category", "store_type", "store_size_sqft",
    "price", "discount", "promo_flag", "display_flag", "holiday_week",
    "temp_avg_c", "week_of_year", "month",
    "lag_8", "lag_9", "lag_12", "lag_52", "rmean_4", "rmean_13", "rstd_13",
]
X = df[features]
y = df["units_sold"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
print("train", X_train.shape, "test", X_test.shape)

model = lgb.LGBMRegressor(
    n_estimators=800,
    learning_rate=0.05,
    num_leaves=63,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    objective="tweedie",
    random_state=42,
)
model.fit(X_train, y_train)
pred = np.clip(model.predict(X_test), 0, None)


def wape(y_true, y_pred):
    return np.abs(y_true - y_pred).sum() / np.abs(y_true).sum()


# seasonal naive: same week last year
naive = X_test["lag_52"].values

print("LightGBM   MAE %.3f  RMSE %.3f  WAPE %.3f" % (
    mean_absolute_error(y_test, pred), mean_squared_error(y_test, pred) ** 0.5, wape(y_test, pred)))
print("naive(52)  MAE %.3f  RMSE %.3f  WAPE %.3f" % (
    mean_absolute_error(y_test, naive), mean_squared_error(y_test, naive) ** 0.5, wape(y_test, naive)))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))
