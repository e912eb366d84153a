"""Item-store daily unit sales: global LightGBM with a Tweedie objective.

Forecast horizon is 28 days, so every lag / rolling feature is built from sales
shifted by at least 28 days. Validation = last 28 days of train.csv.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb

H = 28

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
calendar = pd.read_csv("calendar.csv", parse_dates=["date"])

df = pd.concat([train, test.assign(sales=np.nan)], ignore_index=True)
df = df.merge(calendar[["date", "event_name_1", "event_type_1", "snap_CA", "snap_TX", "snap_WI"]],
              on="date", how="left")
df["uid"] = df["item_id"] + "_" + df["store_id"]
df = df.sort_values(["uid", "date"]).reset_index(drop=True)

df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["snap"] = np.select([df["state_id"] == "CA", df["state_id"] == "TX"],
                       [df["snap_CA"], df["snap_TX"]], df["snap_WI"])
for c in ["item_id", "dept_id", "cat_id", "store_id", "state_id", "event_name_1", "event_type_1"]:
    df[c] = df[c].astype("category")

g = df.groupby("uid")["sales"]
for lag in [28, 35, 42, 56]:
    df[f"lag_{lag}"] = g.shift(lag)
for w in [7, 28, 56]:
    df[f"rmean_{w}"] = g.transform(lambda s: s.shift(H).rolling(w).mean())
df["rstd_28"] = g.transform(lambda s: s.shift(H).rolling(28).std())
df["price_rel"] = df["sell_price"] / df.groupby("uid")["sell_price"].transform(lambda s: s.shift(1).expanding().max())

features = ["item_id", "dept_id", "cat_id", "store_id", "state_id", "event_name_1", "event_type_1",
            "snap", "dow", "month", "sell_price", "price_rel",
            "lag_28", "lag_35", "lag_42", "lag_56", "rmean_7", "rmean_28", "rmean_56", "rstd_28"]

hist = df[df["sales"].notna()]
cut = hist["date"].max() - pd.Timedelta(days=H)
tr = hist[hist["date"] <= cut].dropna(subset=["lag_56"])
va = hist[hist["date"] > cut]

params = dict(objective="tweedie", tweedie_variance_power=1.1, learning_rate=0.05,
              num_leaves=127, min_data_in_leaf=100, feature_fraction=0.8,
              bagging_fraction=0.8, bagging_freq=1, verbose=-1)
model = lgb.train(params, lgb.Dataset(tr[features], tr["sales"]), num_boost_round=800)
va = va.assign(pred=model.predict(va[features]))

# baseline: same weekday four weeks earlier
va["snaive"] = va["lag_28"].fillna(0)


def rmsse(frame, col, history):
    scale = history.groupby("uid")["sales"].apply(lambda s: np.mean(np.diff(s.values) ** 2)).replace(0, np.nan)
    mse = ((frame["sales"] - frame[col]) ** 2).groupby(frame["uid"]).mean()
    return float(np.sqrt(mse / scale).mean())


print("RMSSE lightgbm :", round(rmsse(va, "pred", tr), 4))
print("RMSSE snaive   :", round(rmsse(va, "snaive", tr), 4))

full = hist.dropna(subset=["lag_56"])
final = lgb.train(params, lgb.Dataset(full[features], full["sales"]), num_boost_round=800)
fut = df[df["sales"].isna()]
out = fut[["row_id"]].assign(prediction=np.clip(final.predict(fut[features]), 0, None))
out.to_csv("predictions.csv", index=False)
