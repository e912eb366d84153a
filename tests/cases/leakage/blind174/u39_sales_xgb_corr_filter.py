# Weekly sales forecast - XGBoost, config-driven.
# usage: python u39_sales_xgb_corr_filter.py
import json
import os

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

CONFIG = {
    "data": {"train": "train.csv", "test": "test.csv", "out": "predictions.csv"},
    "target": "weekly_sales",
    "id": "store_week_id",
    "never_use": ["store_week_id", "store_id", "week_start", "weekly_sales", "promo_cost_actual"],
    "split": {"cutoff": "2023-07-03", "holdout_store_share": 0.2, "seed": 4},
    "selection": {"min_abs_corr": 0.03},
    "xgb": {
        "n_estimators": 900,
        "learning_rate": 0.04,
        "max_depth": 7,
        "min_child_weight": 8,
        "subsample": 0.8,
        "colsample_bytree": 0.8,
        "reg_lambda": 2.0,
        "tree_method": "hist",
    },
}
if os.path.exists("config.json"):  # optional override
    CONFIG.update(json.load(open("config.json")))


def engineer(df):
    df = df.sort_values(["store_id", "week_start"]).copy()
    by_store = df.groupby("store_id")
    df["woy"] = df.week_start.dt.isocalendar().week.astype(int)
    df["month"] = df.week_start.dt.month
    df["quarter"] = df.week_start.dt.quarter
    df["price_lag1"] = by_store["avg_price"].shift(1)
    df["price_lag4"] = by_store["avg_price"].shift(4)
    df["price_ratio_4w"] = df["avg_price"] / df["price_lag4"]
    df["markdown_lag1"] = by_store["markdown_planned"].shift(1)
    df["temp_lag1"] = by_store["temperature"].shift(1)
    df["fuel_lag1"] = by_store["fuel_price"].shift(1)
    df["promo_x_holiday"] = df["promo_flag"] * df["holiday_flag"]
    df["size_k"] = df["store_size_sqm"] / 1000
    df = pd.get_dummies(df, columns=["store_format", "region"], dtype=int)
    return df


def corr_filter(df, candidates, target, min_abs_corr):
    corr = df[candidates].corrwith(df[target]).abs()
    keep = corr[corr >= min_abs_corr].index.tolist()
    print(f"correlation filter: kept {len(keep)}/{len(candidates)}")
    print(corr.sort_values(ascending=False).round(3).to_string())
    return keep


def split(df, cfg):
    rs = np.random.RandomState(cfg["seed"])
    stores = df["store_id"].unique()
    hold = set(rs.choice(stores, int(len(stores) * cfg["holdout_store_share"]), replace=False))
    cut = pd.Timestamp(cfg["cutoff"])
    tr = df[~df["store_id"].isin(hold) & (df["week_start"] < cut)]
    va = df[df["store_id"].isin(hold) & (df["week_start"] >= cut)]
    return tr, va


train = pd.read_csv(CONFIG["data"]["train"], parse_dates=["week_start"])
test = pd.read_csv(CONFIG["data"]["test"], parse_dates=["week_start"])
both = engineer(pd.concat([train, test], ignore_index=True))
hist = both[both[CONFIG["target"]].notna()].copy()
future = both[both[CONFIG["target"]].isna()].copy()

candidates = [c for c in hist.columns if c not in CONFIG["never_use"]]
features = corr_filter(hist, candidates, CONFIG["target"], CONFIG["selection"]["min_abs_corr"])

tr, va = split(hist, CONFIG["split"])
print("train", tr.shape, "valid", va.shape)

model = xgb.XGBRegressor(**CONFIG["xgb"], random_state=CONFIG["split"]["seed"])
model.fit(tr[features], tr[CONFIG["target"]])
pred = model.predict(va[features])
y = va[CONFIG["target"]].values
result = {
    "mae": float(mean_absolute_error(y, pred)),
    "rmse": float(mean_squared_error(y, pred) ** 0.5),
    "wape": float(np.abs(y - pred).sum() / np.abs(y).sum()),
}
print(json.dumps(result, indent=2))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15).round(4).to_string())

model.fit(hist[features], hist[CONFIG["target"]])
pd.DataFrame({CONFIG["id"]: future[CONFIG["id"]].astype(int),
              "prediction": np.clip(model.predict(future[features]), 0, None)}).to_csv(CONFIG["data"]["out"], index=False)
print("saved", CONFIG["data"]["out"])
