"""Daily store demand - LightGBM with store-level demand profile features.

Validation: last 28 days of the training period (same length as the test horizon).
"""
import lightgbm as lgb
import numpy as np
import pandas as pd

HORIZON = 28

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
train = train.sort_values(["store_id", "date"]).reset_index(drop=True)

for d in (train, test):
    d["dow"] = d["date"].dt.dayofweek
    d["month"] = d["date"].dt.month
    d["doy"] = d["date"].dt.dayofyear
    d["is_weekend"] = (d["dow"] >= 5).astype(int)
    d["price_ratio"] = d["price"] / d["competitor_price"]
    d["log_price"] = np.log(d["price"])
    d["media_total"] = d["radio_spend"] + d["flyer_spend"]

# store demand profile: average level and day-of-week shape of each store
store_mean = train.groupby("store_id")["units"].mean().rename("store_mean")
store_dow = train.groupby(["store_id", "dow"])["units"].mean().rename("store_dow_mean").reset_index()
store_promo = (
    train.groupby(["store_id", "promo"])["units"].mean().unstack().pipe(lambda t: t[1] / t[0]).rename("store_promo_lift")
)

def add_profile(d):
    d = d.merge(store_mean, on="store_id", how="left")
    d = d.merge(store_dow, on=["store_id", "dow"], how="left")
    d = d.merge(store_promo, on="store_id", how="left")
    return d

train = add_profile(train)
test = add_profile(test)

FEATS = [
    "dow", "month", "doy", "is_weekend", "price", "log_price", "price_ratio", "promo", "display", "holiday",
    "temperature", "tv_grp", "radio_spend", "flyer_spend", "media_total",
    "store_mean", "store_dow_mean", "store_promo_lift",
]

cutoff = train["date"].max() - pd.Timedelta(days=HORIZON - 1)
fit = train[train["date"] < cutoff]
val = train[train["date"] >= cutoff]
print(f"fit rows {len(fit)} | val rows {len(val)} | val starts {cutoff.date()}")

params = dict(objective="tweedie", tweedie_variance_power=1.2, learning_rate=0.03, num_leaves=63,
              min_child_samples=40, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, n_estimators=900,
              random_state=3, verbose=-1)
model = lgb.LGBMRegressor(**params)
model.fit(fit[FEATS], fit["units"])
pred = np.clip(model.predict(val[FEATS]), 0, None)

err = val["units"].values - pred
wape = np.abs(err).sum() / val["units"].sum()
rmse = np.sqrt(np.mean(err**2))
bias = err.sum() / val["units"].sum()
print(f"validation WAPE {wape:.3f}  RMSE {rmse:.2f}  bias {bias:+.3f}")

per_store = (
    val.assign(pred=pred, abs_err=np.abs(err))
    .groupby("store_id")
    .agg(units=("units", "sum"), abs_err=("abs_err", "sum"))
    .assign(wape=lambda t: t.abs_err / t.units)
    .sort_values("wape")
)
print(per_store.tail(5))

imp = pd.Series(model.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(10))

model.fit(train[FEATS], train["units"])
pd.DataFrame({"row_id": test["row_id"], "prediction": np.clip(model.predict(test[FEATS]), 0, None)}).to_csv(
    "predictions.csv", index=False
)
