"""Weekly unit sales per store/department - LightGBM with lag features.

Evaluation: 5-fold CV, compared with the naive "same as last week" forecast.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_absolute_error

KEYS = ["store_id", "dept"]

sales = pd.read_csv("train.csv", parse_dates=["week_start"])
future = pd.read_csv("test.csv", parse_dates=["week_start"])
print(sales.week_start.min(), sales.week_start.max(), future.week_start.min(), future.week_start.max())

full = pd.concat([sales.assign(_is_test=0), future.assign(_is_test=1)], ignore_index=True)
full = full.sort_values(KEYS + ["week_start"]).reset_index(drop=True)

g = full.groupby(KEYS)["units_sold"]
for lag in (1, 2, 4, 52):
    full[f"lag_{lag}"] = g.shift(lag)
full["roll4_mean"] = g.transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
full["roll13_mean"] = g.transform(lambda s: s.shift(1).rolling(13, min_periods=1).mean())
full["price_rel"] = full["avg_price"] / full.groupby(KEYS)["avg_price"].transform(lambda s: s.shift(1).rolling(8, min_periods=1).mean())
full["weekofyear"] = full["week_start"].dt.isocalendar().week.astype(int)
full["month"] = full["week_start"].dt.month
full["store_type"] = full["store_type"].astype("category")

FEATS = ["store_id", "dept", "store_type", "store_size", "avg_price", "promo_flag", "holiday_flag",
         "temperature", "fuel_price", "lag_1", "lag_2", "lag_4", "lag_52", "roll4_mean", "roll13_mean",
         "price_rel", "weekofyear", "month"]

train = full[(full._is_test == 0) & full["lag_1"].notna()].reset_index(drop=True)
print("rows with history:", len(train))

params = dict(objective="tweedie", tweedie_variance_power=1.2, n_estimators=1500, learning_rate=0.03,
              num_leaves=63, min_child_samples=40, feature_fraction=0.8, bagging_fraction=0.8,
              bagging_freq=1, verbose=-1)

kf = KFold(n_splits=5, shuffle=True, random_state=123)
model_mae, naive_mae = [], []
for k, (tr_idx, va_idx) in enumerate(kf.split(train)):
    tr, va = train.iloc[tr_idx], train.iloc[va_idx]
    m = lgb.LGBMRegressor(**params).fit(tr[FEATS], tr["units_sold"], categorical_feature=["store_type"])
    p = np.clip(m.predict(va[FEATS]), 0, None)
    model_mae.append(mean_absolute_error(va["units_sold"], p))
    naive_mae.append(mean_absolute_error(va["units_sold"], va["lag_1"]))
    print(f"fold {k}: lgbm MAE={model_mae[-1]:.2f}  naive(last week) MAE={naive_mae[-1]:.2f}")

print(f"CV  lgbm {np.mean(model_mae):.2f} | naive baseline {np.mean(naive_mae):.2f}")

final = lgb.LGBMRegressor(**params).fit(train[FEATS], train["units_sold"], categorical_feature=["store_type"])
test_rows = full[full._is_test == 1]
pd.DataFrame({"row_id": test_rows["row_id"].astype(int),
              "prediction": np.clip(final.predict(test_rows[FEATS]), 0, None)}).to_csv("predictions.csv", index=False)
