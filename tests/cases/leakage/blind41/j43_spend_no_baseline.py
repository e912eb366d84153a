"""Spend forecast take-home: predict spend_next_30d per user and monthly cutoff.

users.csv        user_id, signup_date, country, device
sessions.csv     user_id, session_start, duration_s, pages
orders.csv       order_id, user_id, order_ts, amount, discount
promotions.csv   user_id, cutoff_date, coupon_sent, coupon_redeemed_next_30d
user_cutoffs.csv user_id, cutoff_date, spend_next_30d, orders_next_30d   (labels)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error


users = pd.read_csv("users.csv", parse_dates=["signup_date"])
sessions = pd.read_csv("sessions.csv", parse_dates=["session_start"])
orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])
promos = pd.read_csv("promotions.csv", parse_dates=["cutoff_date"])
labels = pd.read_csv("user_cutoffs.csv", parse_dates=["cutoff_date"])
keys = labels[["user_id", "cutoff_date"]]
KEY = ["user_id", "cutoff_date"]


def trailing(events, ts_col, days):
    """Events in the `days` before each cutoff, cutoff day excluded."""
    m = keys.merge(events, on="user_id", how="inner")
    return m[(m[ts_col] < m["cutoff_date"]) & (m[ts_col] >= m["cutoff_date"] - pd.Timedelta(days=days))]


o30 = trailing(orders, "order_ts", 30).groupby(KEY).agg(spend_30d=("amount", "sum"), orders_30d=("order_id", "nunique"))
o90 = trailing(orders, "order_ts", 90).groupby(KEY).agg(
    spend_90d=("amount", "sum"), orders_90d=("order_id", "nunique"), avg_discount_90d=("discount", "mean"))
s30 = trailing(sessions, "session_start", 30).groupby(KEY).agg(sessions_30d=("pages", "size"), pages_30d=("pages", "sum"))

df = labels.set_index(KEY).join([o30, o90, s30], how="left").reset_index()
fill0 = ["spend_30d", "orders_30d", "spend_90d", "orders_90d", "sessions_30d", "pages_30d"]
df[fill0] = df[fill0].fillna(0)
# the coupon is sent at the cutoff, so coupon_sent is known; whether it is redeemed is not
df = df.merge(promos[["user_id", "cutoff_date", "coupon_sent"]], on=KEY, how="left")
df["coupon_sent"] = df["coupon_sent"].fillna(0)
df = df.merge(users, on="user_id", how="left")
df["account_age_days"] = (df["cutoff_date"] - df["signup_date"]).dt.days
df = pd.get_dummies(df, columns=["country", "device"], dtype=int)

features = [c for c in df.columns
            if c not in ("user_id", "cutoff_date", "signup_date", "spend_next_30d", "orders_next_30d")]
train = df[df["cutoff_date"] < pd.Timestamp("2024-01-01")]
test = df[df["cutoff_date"] >= pd.Timestamp("2024-01-01")]
X_tr, y_tr = train[features], train["spend_next_30d"]
X_te, y_te = test[features], test["spend_next_30d"]

model = HistGradientBoostingRegressor(loss="poisson", max_iter=500, learning_rate=0.05, random_state=0)
model.fit(X_tr, y_tr)
pred = model.predict(X_te)

print(f"model MAE  {mean_absolute_error(y_te, pred):.2f}")
print(f"model RMSE {mean_squared_error(y_te, pred) ** 0.5:.2f}")

# where does the model miss?
seg = pd.cut(test["spend_90d"], [-1, 0, 50, 200, np.inf], labels=["none", "low", "mid", "high"])
print(pd.Series(np.abs(pred - y_te.to_numpy()), index=test.index).groupby(seg).mean().round(2))
