"""Unit sales per item-store-day: LightGBM Tweedie with price-elasticity features.

Idea: demand reacts to the price the shopper actually paid (after coupons and markdowns),
so I build discount-depth features from the shelf price and the transaction price.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb

H = 28

df = pd.read_csv("train.csv", parse_dates=["date"])
cal = pd.read_csv("calendar.csv", parse_dates=["date"])
df = df.merge(cal[["date", "event_name_1", "event_type_1"]], on="date", how="left")
df["uid"] = df["item_id"] + "_" + df["store_id"]
df = df.sort_values(["uid", "date"]).reset_index(drop=True)

# price features
df["discount_depth"] = 1 - df["realized_price"] / df["sell_price"]
df["log_price"] = np.log(df["realized_price"].clip(lower=0.01))
df["price_vs_dept"] = df["sell_price"] / df.groupby(["dept_id", "date"])["sell_price"].transform("median")

g = df.groupby("uid")["sales"]
df["lag_28"] = g.shift(28)
df["lag_35"] = g.shift(35)
df["rmean_28"] = g.transform(lambda s: s.shift(28).rolling(28).mean())
df["rmean_7"] = g.transform(lambda s: s.shift(28).rolling(7).mean())
df["dow"] = df["date"].dt.dayofweek
df["has_event"] = df["event_name_1"].notna().astype(int)

cats = ["item_id", "dept_id", "cat_id", "store_id", "event_type_1"]
for c in cats:
    df[c] = df[c].astype("category")

features = cats + ["dow", "has_event", "sell_price", "discount_depth", "log_price", "price_vs_dept",
                   "lag_28", "lag_35", "rmean_28", "rmean_7"]

cut = df["date"].max() - pd.Timedelta(days=H)
tr = df[(df["date"] <= cut) & df["lag_35"].notna()]
va = df[df["date"] > cut].copy()

model = lgb.LGBMRegressor(objective="tweedie", tweedie_variance_power=1.15, n_estimators=900,
                          learning_rate=0.04, num_leaves=95, min_child_samples=80,
                          colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1)
model.fit(tr[features], tr["sales"], categorical_feature=cats)
va["pred"] = model.predict(va[features])
va["baseline"] = va["rmean_28"].fillna(0)


def wrmsse(frame, col, hist):
    scale = hist.groupby("uid")["sales"].apply(lambda s: np.mean(np.diff(s.values) ** 2)).replace(0, np.nan)
    recent = hist[hist["date"] > hist["date"].max() - pd.Timedelta(days=28)]
    w = (recent["sales"] * recent["sell_price"]).groupby(recent["uid"]).sum()
    w = w / w.sum()
    mse = ((frame["sales"] - frame[col]) ** 2).groupby(frame["uid"]).mean()
    return float((np.sqrt(mse / scale) * w).sum())


print("WRMSSE lightgbm          :", round(wrmsse(va, "pred", tr), 4))
print("WRMSSE baseline (rmean28):", round(wrmsse(va, "baseline", tr), 4))
print(pd.Series(model.feature_importances_, index=features).sort_values(ascending=False).head(8))
