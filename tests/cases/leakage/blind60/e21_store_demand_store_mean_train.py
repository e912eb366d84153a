"""Daily store demand - LightGBM with store-level demand profile features.

Validation: last 28 days of the training period (same length as the test horizon).
The store profiles are computed from the rows that are used for fitting, so for validation
they come from the days before the cutoff only; for the submission from all of train.
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


def store_profile(history):
    """Average level, day-of-week shape and promo lift per store, from `history` only."""
    mean = history.groupby("store_id")["units"].mean().rename("store_mean")
    dow = history.groupby(["store_id", "dow"])["units"].mean().rename("store_dow_mean").reset_index()
    promo = history.groupby(["store_id", "promo"])["units"].mean().unstack()
    lift = (promo[1] / promo[0]).rename("store_promo_lift")
    return mean, dow, lift


def add_profile(d, profile):
    mean, dow, lift = profile
    d = d.merge(mean, on="store_id", how="left")
    d = d.merge(dow, on=["store_id", "dow"], how="left")
    d = d.merge(lift, on="store_id", how="left")
    return d


FEATS = [
    "dow", "month", "doy", "is_weekend", "price", "log_price", "price_ratio", "promo", "display", "holiday",
    "temperature", "tv_grp", "radio_spend", "flyer_spend", "media_total",
    "store_mean", "store_dow_mean", "store_promo_lift",
]

cutoff = train["date"].max() - pd.Timedelta(days=HORIZON - 1)
fit = train[train["date"] < cutoff].copy()
val = train[train["date"] >= cutoff].copy()
prof = store_profile(fit)
fit, val = add_profile(fit, prof), add_profile(val, prof)
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
print(pd.Series(model.feature_importances_, index=FEATS).sort_values(ascending=False).head(10))

# submission: profiles and model from the whole training period
prof_all = store_profile(train)
train_all, test_all = add_profile(train, prof_all), add_profile(test, prof_all)
model.fit(train_all[FEATS], train_all["units"])
pd.DataFrame({"row_id": test_all["row_id"], "prediction": np.clip(model.predict(test_all[FEATS]), 0, None)}).to_csv(
    "predictions.csv", index=False
)
