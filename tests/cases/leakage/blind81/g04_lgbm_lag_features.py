"""Store-item daily sales: global LightGBM on lag / rolling / calendar features.

Validation: the last 28 days of train.csv are held out (train strictly before them).
Baseline: seasonal naive (sales of the same weekday one week earlier).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

HORIZON = 28
KEYS = ["store_id", "item_id"]

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
full = pd.concat([train, test], ignore_index=True, sort=False)
full = full.sort_values(KEYS + ["date"]).reset_index(drop=True)

# calendar features
full["dow"] = full["date"].dt.dayofweek
full["dom"] = full["date"].dt.day
full["month"] = full["date"].dt.month
full["weekofyear"] = full["date"].dt.isocalendar().week.astype(int)

# lags are at least the horizon so every test day can be built from known history
g = full.groupby(KEYS)["sales"]
for lag in [28, 35, 42, 56, 364]:
    full[f"lag_{lag}"] = g.shift(lag)
for win in [7, 28, 91]:
    full[f"rmean_{win}"] = g.transform(lambda s: s.shift(HORIZON).rolling(win, min_periods=1).mean())
full["rstd_28"] = g.transform(lambda s: s.shift(HORIZON).rolling(28, min_periods=7).std())

full["price_change"] = full.groupby(KEYS)["price"].pct_change().fillna(0)
full["store_id"] = full["store_id"].astype("category")
full["item_id"] = full["item_id"].astype("category")

FEATURES = [
    "store_id", "item_id", "onpromotion", "price", "price_change", "holiday",
    "dow", "dom", "month", "weekofyear",
    "lag_28", "lag_35", "lag_42", "lag_56", "lag_364",
    "rmean_7", "rmean_28", "rmean_91", "rstd_28",
]

labelled = full[full["sales"].notna()]
cutoff = labelled["date"].max() - pd.Timedelta(days=HORIZON)
tr = labelled[labelled["date"] <= cutoff]
va = labelled[labelled["date"] > cutoff]
print(f"fit rows: {len(tr)}  holdout rows: {len(va)}  cutoff: {cutoff.date()}")

params = dict(objective="tweedie", tweedie_variance_power=1.2, learning_rate=0.05,
              num_leaves=63, min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, n_estimators=800, verbose=-1)
model = lgb.LGBMRegressor(**params)
model.fit(tr[FEATURES], tr["sales"])

pred = np.clip(model.predict(va[FEATURES]), 0, None)
naive = full.groupby(KEYS)["sales"].shift(7).loc[va.index].fillna(0)

mae_model = mean_absolute_error(va["sales"], pred)
mae_naive = mean_absolute_error(va["sales"], naive)
wape_model = np.abs(va["sales"] - pred).sum() / va["sales"].sum()
print(f"LightGBM       MAE {mae_model:.3f}  WAPE {wape_model:.3%}")
print(f"seasonal naive MAE {mae_naive:.3f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

# refit on everything labelled and predict the test horizon
final = lgb.LGBMRegressor(**params).fit(labelled[FEATURES], labelled["sales"])
future = full[full["sales"].isna()]
sub = pd.DataFrame({"id": future["id"].astype(int), "prediction": np.clip(final.predict(future[FEATURES]), 0, None)})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
