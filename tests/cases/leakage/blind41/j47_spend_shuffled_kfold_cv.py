"""Spend take-home: cross-validated model vs. mean baseline.

Label table user_cutoffs.csv (user_id, cutoff_date, spend_next_30d,
orders_next_30d); feature tables orders.csv and sessions.csv.
"""
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate

orders = pd.read_csv("orders.csv", parse_dates=["order_ts"]).sort_values("order_ts")
sessions = pd.read_csv("sessions.csv", parse_dates=["session_start"]).sort_values("session_start")
labels = pd.read_csv("user_cutoffs.csv", parse_dates=["cutoff_date"]).sort_values("cutoff_date")

# lifetime-to-date order stats, taken strictly before each cutoff
orders["orders_to_date"] = orders.groupby("user_id").cumcount() + 1
orders["spend_to_date"] = orders.groupby("user_id")["amount"].cumsum()
df = pd.merge_asof(
    labels, orders[["user_id", "order_ts", "orders_to_date", "spend_to_date"]],
    left_on="cutoff_date", right_on="order_ts", by="user_id",
    direction="backward", allow_exact_matches=False,
)
df["days_since_order"] = (df["cutoff_date"] - df["order_ts"]).dt.days

# sessions in the 14 days before the cutoff
m = df[["user_id", "cutoff_date"]].merge(sessions, on="user_id")
m = m[(m["session_start"] < m["cutoff_date"]) & (m["session_start"] >= m["cutoff_date"] - pd.Timedelta(days=14))]
s14 = m.groupby(["user_id", "cutoff_date"]).agg(sessions_14d=("session_start", "size"), pages_14d=("pages", "sum"))
df = df.merge(s14, on=["user_id", "cutoff_date"], how="left")
df = df.fillna({"orders_to_date": 0, "spend_to_date": 0, "days_since_order": 999, "sessions_14d": 0, "pages_14d": 0})
df = df.sort_values("cutoff_date").reset_index(drop=True)

features = ["orders_to_date", "spend_to_date", "days_since_order", "sessions_14d", "pages_14d"]
X, y = df[features], df["spend_next_30d"]

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error"}
for name, est in {
    "mean baseline": DummyRegressor(strategy="mean"),
    "hist gbm": HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=0),
}.items():
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    print(f"{name:14s} MAE {-res['test_mae'].mean():.2f}  RMSE {-res['test_rmse'].mean():.2f}")
