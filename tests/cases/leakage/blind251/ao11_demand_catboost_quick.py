#!/usr/bin/env python
"""demand forecast - catboost, quick version (time box is tight)

usage: python ao11_demand_catboost_quick.py   (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor

CATS = ["store_id", "item_id", "category", "store_type"]


def add_feats(d):
    d = d.sort_values(["store_id", "item_id", "week_start"]).copy()
    g = d.groupby(["store_id", "item_id"])["units_sold"]
    d["lag8"] = g.shift(8)
    d["lag13"] = g.shift(13)
    d["lag52"] = g.shift(52)
    d["avg8"] = g.transform(lambda s: s.shift(8).rolling(8, min_periods=1).mean())
    d["woy"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["disc"] = 1 - d["price"] / d["base_price"]
    d[CATS] = d[CATS].astype(str)
    return d


tr = pd.read_csv("train.csv", parse_dates=["week_start"])
te = pd.read_csv("test.csv", parse_dates=["week_start"])
print(tr.shape, te.shape)
print(tr[["units_sold", "price", "promo_flag"]].describe())

both = add_feats(pd.concat([tr, te], ignore_index=True))
X_cols = CATS + ["store_size_sqft", "price", "disc", "promo_flag", "display_flag", "holiday_week",
                 "temp_avg_c", "woy", "lag8", "lag13", "lag52", "avg8"]

lab = both[both["units_sold"].notna()]
unl = both[both["units_sold"].isna()]

model = CatBoostRegressor(iterations=2000, depth=8, learning_rate=0.05, loss_function="Tweedie:variance_power=1.3",
                          eval_metric="RMSE", random_seed=0, verbose=500)
model.fit(lab[X_cols], lab["units_sold"], cat_features=CATS)

fit_pred = model.predict(lab[X_cols])
y = lab["units_sold"].values
rmse = np.sqrt(np.mean((y - fit_pred) ** 2))
mae = np.mean(np.abs(y - fit_pred))
# mean-per-series baseline for reference
series_mean = lab.groupby(["store_id", "item_id"])["units_sold"].transform("mean")
b_rmse = np.sqrt(np.mean((y - series_mean) ** 2))
b_mae = np.mean(np.abs(y - series_mean))
print(f"catboost        RMSE {rmse:.3f} MAE {mae:.3f}")
print(f"series-mean     RMSE {b_rmse:.3f} MAE {b_mae:.3f}")

fi = pd.Series(model.get_feature_importance(), index=X_cols).sort_values(ascending=False)
print(fi)

unl = unl.assign(prediction=np.clip(model.predict(unl[X_cols]), 0, None))
unl[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved predictions.csv", len(unl))
