"""Item-store daily sales with price and event-calendar features (LightGBM Tweedie).

Shelf prices are set weekly in advance (sell_prices.csv, keyed by wm_yr_wk) and the
event calendar is published ahead, so both are usable for every day of the horizon.
The transaction-level price in train.csv is not used: it is only known after the day.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb

H = 28

train = pd.read_csv("train.csv", parse_dates=["date"])
prices = pd.read_csv("sell_prices.csv")
cal = pd.read_csv("calendar.csv", parse_dates=["date"])

df = train.drop(columns=["sell_price", "realized_price", "units_returned"])
df = df.merge(prices, on=["store_id", "item_id", "wm_yr_wk"], how="left")
df = df.merge(cal[["date", "event_name_1", "event_type_1", "event_name_2",
                   "snap_CA", "snap_TX", "snap_WI"]], on="date", how="left")
df = df.sort_values(["item_id", "store_id", "date"]).reset_index(drop=True)

# price features from the published shelf price
gp = df.groupby(["item_id", "store_id"])["sell_price"]
df["price_norm"] = df["sell_price"] / gp.transform(lambda p: p.expanding().max())
df["price_momentum_w"] = df["sell_price"] / gp.shift(7)
df["price_changes_so_far"] = gp.transform(lambda p: p.diff().ne(0).cumsum())
df["price_vs_cat"] = df["sell_price"] / df.groupby(["cat_id", "store_id", "wm_yr_wk"])["sell_price"].transform("mean")

# calendar
df["snap"] = np.select([df["state_id"] == "CA", df["state_id"] == "TX"],
                       [df["snap_CA"], df["snap_TX"]], df["snap_WI"])
ev = cal[cal["event_name_1"].notna()][["date"]].sort_values("date")
df = pd.merge_asof(df.sort_values("date"), ev.rename(columns={"date": "next_event"}),
                   left_on="date", right_on="next_event", direction="forward")
df["days_to_event"] = (df["next_event"] - df["date"]).dt.days.fillna(99)
df = df.sort_values(["item_id", "store_id", "date"]).reset_index(drop=True)
df["dow"] = df["date"].dt.dayofweek

gs = df.groupby(["item_id", "store_id"])["sales"]
df["lag_28"] = gs.shift(28)
df["lag_35"] = gs.shift(35)
df["rm_28"] = gs.transform(lambda s: s.shift(28).rolling(28).mean())
df["rm_7"] = gs.transform(lambda s: s.shift(28).rolling(7).mean())

cats = ["item_id", "dept_id", "cat_id", "store_id", "event_type_1", "event_name_1"]
for c in cats:
    df[c] = df[c].astype("category")
feats = cats + ["snap", "dow", "days_to_event", "sell_price", "price_norm", "price_momentum_w",
                "price_changes_so_far", "price_vs_cat", "lag_28", "lag_35", "rm_28", "rm_7"]

cut = df["date"].max() - pd.Timedelta(days=H)
tr = df[(df["date"] <= cut) & df["lag_35"].notna()]
te = df[df["date"] > cut].copy()

model = lgb.LGBMRegressor(objective="tweedie", tweedie_variance_power=1.1, n_estimators=1000,
                          learning_rate=0.03, num_leaves=127, min_child_samples=100,
                          colsample_bytree=0.8, verbose=-1)
model.fit(tr[feats], tr["sales"])
te["pred"] = model.predict(te[feats])
te["snaive"] = te["lag_28"].fillna(0)

scale = tr.groupby(["item_id", "store_id"], observed=True)["sales"].apply(
    lambda s: np.mean(np.diff(s.values) ** 2)).replace(0, np.nan)


def mean_rmsse(col):
    mse = ((te["sales"] - te[col]) ** 2).groupby([te["item_id"], te["store_id"]], observed=True).mean()
    return float(np.sqrt(mse / scale).mean())


print("RMSSE lightgbm       :", round(mean_rmsse("pred"), 4))
print("RMSSE seasonal naive :", round(mean_rmsse("snaive"), 4))
