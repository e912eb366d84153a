"""Store x item daily sales -- global LightGBM on hand-made lag features.

Forecast horizon is 28 days (test.csv). I validate on the last 28 days of train.csv
and compare with a same-weekday-last-week naive forecast.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

HORIZON = 28
KEYS = ["store_id", "item_id"]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["date"])
    te = pd.read_csv("test.csv", parse_dates=["date"])
    return tr, te


def add_features(frame):
    frame = frame.sort_values(KEYS + ["date"]).copy()
    grp = frame.groupby(KEYS)["sales"]
    # the model predicts all 28 days at once, so every lag has to be at least 28 days old
    for lag in (28, 29, 30, 35, 42):
        frame[f"lag_{lag}"] = grp.shift(lag)
    frame["rmean_7"] = grp.transform(lambda s: s.shift(HORIZON).rolling(7, min_periods=1).mean())
    frame["rmean_28"] = grp.transform(lambda s: s.shift(HORIZON).rolling(28, min_periods=1).mean())
    frame["dow"] = frame["date"].dt.dayofweek
    frame["dom"] = frame["date"].dt.day
    frame["month"] = frame["date"].dt.month
    frame["price_chg_7"] = frame["sell_price"] / frame.groupby(KEYS)["sell_price"].shift(7)
    return frame


FEATURES = [
    "store_id", "item_id", "sell_price", "on_promo", "price_chg_7",
    "lag_28", "lag_29", "lag_30", "lag_35", "lag_42", "rmean_7", "rmean_28",
    "dow", "dom", "month",
]


def seasonal_naive(history, future):
    """Repeat the last observed week of each series."""
    last_week = history[history["date"] > history["date"].max() - pd.Timedelta(days=7)].copy()
    last_week["dow"] = last_week["date"].dt.dayofweek
    ref = last_week[KEYS + ["dow", "sales"]].rename(columns={"sales": "naive"})
    out = future.assign(dow=future["date"].dt.dayofweek).merge(ref, on=KEYS + ["dow"], how="left")
    return out["naive"].fillna(0).to_numpy()


def report(name, y, p):
    mae = mean_absolute_error(y, p)
    rmse = mean_squared_error(y, p) ** 0.5
    print(f"{name:<16} MAE={mae:.3f}  RMSE={rmse:.3f}")
    return mae


train, test = load()
print(train.shape, test.shape)
print(train[["sales", "sell_price", "on_promo"]].describe().T)

full = pd.concat([train, test], ignore_index=True, sort=False)
full = add_features(full)
full[["store_id", "item_id"]] = full[["store_id", "item_id"]].astype("category")

hist = full[full["sales"].notna()]
cutoff = hist["date"].max() - pd.Timedelta(days=HORIZON)
fit_part = hist[hist["date"] <= cutoff]
valid_part = hist[hist["date"] > cutoff]
print("fit until", cutoff.date(), "| valid rows:", len(valid_part))

params = dict(
    objective="tweedie", tweedie_variance_power=1.2, n_estimators=800,
    learning_rate=0.03, num_leaves=63, subsample=0.8, subsample_freq=1,
    colsample_bytree=0.8, verbose=-1,
)
model = lgb.LGBMRegressor(**params)
model.fit(fit_part[FEATURES], fit_part["sales"])
valid_pred = np.clip(model.predict(valid_part[FEATURES]), 0, None)

naive = seasonal_naive(fit_part, valid_part)
print("Validation (last 28 days):")
report("seasonal naive", valid_part["sales"], naive)
report("lightgbm", valid_part["sales"], valid_pred)

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

# final model on the whole history
model_full = lgb.LGBMRegressor(**params)
model_full.fit(hist[FEATURES], hist["sales"])

future = full[full["sales"].isna()].copy()
future["prediction"] = np.clip(model_full.predict(future[FEATURES]), 0, None)
sub = test[["id"]].merge(future[["id", "prediction"]], on="id", how="left")
sub["prediction"] = sub["prediction"].fillna(0.0)
sub.to_csv("predictions.csv", index=False)
print("wrote", len(sub), "rows")
