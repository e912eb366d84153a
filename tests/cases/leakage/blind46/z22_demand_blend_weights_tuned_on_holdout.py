"""Store-item demand, 28 days ahead: LightGBM + XGBoost blend.

Holdout = the last 28 days of train.csv (same length as test.csv). All target lags are >= 28 days.
"""
import gc

import lightgbm as lgb
import numpy as np
import pandas as pd
import xgboost as xgb

CFG = {"horizon": 28, "seed": 8, "lgb_rounds": 1100, "xgb_rounds": 900}
KEYS = ["store_id", "item_id"]
TARGET = "units_sold"


def rmse(y, p):
    return float(np.sqrt(np.mean((np.asarray(y) - np.asarray(p)) ** 2)))


def make_features(train, test):
    df = pd.concat([train, test], ignore_index=True)
    df = df.sort_values(KEYS + ["date"]).reset_index(drop=True)
    df["dow"] = df["date"].dt.dayofweek
    df["dom"] = df["date"].dt.day
    df["month"] = df["date"].dt.month
    df["year"] = df["date"].dt.year
    g = df.groupby(KEYS)[TARGET]
    for lag in (28, 29, 30, 35, 42, 49, 56):
        df[f"lag_{lag}"] = g.shift(lag)
    for win in (7, 14, 28, 60):
        df[f"roll_mean_{win}"] = g.transform(lambda s, w=win: s.shift(28).rolling(w, min_periods=1).mean())
    df["roll_max_28"] = g.transform(lambda s: s.shift(28).rolling(28, min_periods=1).max())
    df["price_rel_prev_week"] = df["sell_price"] / df.groupby(KEYS)["sell_price"].shift(7)
    df["promo_prev_week"] = df.groupby(KEYS)["on_promo"].shift(7)
    return df


FEATURES = ["store_id", "item_id", "dept_id", "sell_price", "on_promo", "is_holiday", "dow", "dom", "month",
            "year", "lag_28", "lag_29", "lag_30", "lag_35", "lag_42", "lag_49", "lag_56", "roll_mean_7",
            "roll_mean_14", "roll_mean_28", "roll_mean_60", "roll_max_28", "price_rel_prev_week",
            "promo_prev_week"]

LGB_PARAMS = {"objective": "poisson", "learning_rate": 0.04, "num_leaves": 255, "min_data_in_leaf": 80,
              "feature_fraction": 0.8, "bagging_fraction": 0.75, "bagging_freq": 1, "lambda_l2": 0.5,
              "seed": CFG["seed"], "verbose": -1}
XGB_PARAMS = {"objective": "count:poisson", "eta": 0.05, "max_depth": 8, "subsample": 0.8,
              "colsample_bytree": 0.8, "min_child_weight": 20, "tree_method": "hist", "seed": CFG["seed"]}


def fit_both(part):
    m_lgb = lgb.train(LGB_PARAMS, lgb.Dataset(part[FEATURES], part[TARGET]), CFG["lgb_rounds"])
    m_xgb = xgb.train(XGB_PARAMS, xgb.DMatrix(part[FEATURES], label=part[TARGET]), CFG["xgb_rounds"])
    return m_lgb, m_xgb


def predict_both(models, part):
    m_lgb, m_xgb = models
    return m_lgb.predict(part[FEATURES]), m_xgb.predict(xgb.DMatrix(part[FEATURES]))


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    print(train.shape, test.shape)
    print(train.groupby("store_id")[TARGET].describe())

    df = make_features(train, test)
    labelled = df[df[TARGET].notna()]
    future = df[df[TARGET].isna()]

    h_start = labelled["date"].max() - pd.Timedelta(days=CFG["horizon"] - 1)
    fit_part = labelled[labelled["date"] < h_start]
    holdout = labelled[labelled["date"] >= h_start]
    print("fit", fit_part["date"].min().date(), "->", fit_part["date"].max().date(),
          "| holdout", holdout["date"].min().date(), "->", holdout["date"].max().date())

    models = fit_both(fit_part)
    p_lgb, p_xgb = predict_both(models, holdout)

    # blend weight: grid over [0, 1]
    grid = np.linspace(0, 1, 21)
    scores = [rmse(holdout[TARGET], w * p_lgb + (1 - w) * p_xgb) for w in grid]
    w_best = float(grid[int(np.argmin(scores))])
    blend = w_best * p_lgb + (1 - w_best) * p_xgb

    naive = holdout["lag_28"].fillna(0)
    print(f"baseline seasonal naive (t-28): {rmse(holdout[TARGET], naive):.4f}")
    print(f"lightgbm                      : {rmse(holdout[TARGET], p_lgb):.4f}")
    print(f"xgboost                       : {rmse(holdout[TARGET], p_xgb):.4f}")
    print(f"blend w_lgb={w_best:.2f}           : {rmse(holdout[TARGET], blend):.4f}")
    del models
    gc.collect()

    final = fit_both(labelled)
    f_lgb, f_xgb = predict_both(final, future)
    pred = np.clip(w_best * f_lgb + (1 - w_best) * f_xgb, 0, None)
    pd.DataFrame({"id": future["id"].values, "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
