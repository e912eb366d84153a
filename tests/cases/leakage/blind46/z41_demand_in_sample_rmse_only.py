# Store-item demand -- LightGBM (tweedie), 28-day lags, trained on the full history.
# Writes predictions.csv for the 28 test days.
import gc

import lightgbm as lgb
import numpy as np
import pandas as pd

TARGET = "units_sold"
KEYS = ["store_id", "item_id"]
ROUNDS = 1400
PARAMS = {
    "objective": "tweedie", "tweedie_variance_power": 1.1, "learning_rate": 0.03, "num_leaves": 200,
    "min_data_in_leaf": 60, "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1,
    "lambda_l2": 0.1, "seed": 2, "verbose": -1,
}


def reduce_mem_usage(df):
    for c in df.columns:
        if df[c].dtype == np.float64:
            df[c] = df[c].astype(np.float32)
        elif df[c].dtype == np.int64 and df[c].max() < 2**31:
            df[c] = df[c].astype(np.int32)
    return df


def build(df):
    df = df.sort_values(KEYS + ["date"]).reset_index(drop=True)
    df["dow"] = df["date"].dt.dayofweek
    df["month"] = df["date"].dt.month
    df["dom"] = df["date"].dt.day
    df["week"] = df["date"].dt.isocalendar().week.astype(int)
    s = df.groupby(KEYS)[TARGET]
    for lag in (28, 35, 42, 364):
        df[f"lag{lag}"] = s.shift(lag)
    for w in (7, 30, 90):
        df[f"mean{w}_lag28"] = s.transform(lambda x, w=w: x.shift(28).rolling(w, min_periods=1).mean())
    df["std30_lag28"] = s.transform(lambda x: x.shift(28).rolling(30, min_periods=2).std())
    p = df.groupby(KEYS)["sell_price"]
    df["price_vs_lastweek"] = df["sell_price"] - p.shift(7)
    df["price_vs_lastmonth"] = df["sell_price"] - p.shift(28)
    return df


FEATURES = ["store_id", "item_id", "dept_id", "sell_price", "on_promo", "is_holiday", "dow", "month", "dom",
            "week", "lag28", "lag35", "lag42", "lag364", "mean7_lag28", "mean30_lag28", "mean90_lag28",
            "std30_lag28", "price_vs_lastweek", "price_vs_lastmonth"]


def main():
    train = reduce_mem_usage(pd.read_csv("train.csv", parse_dates=["date"]))
    test = reduce_mem_usage(pd.read_csv("test.csv", parse_dates=["date"]))
    print(train.shape, test.shape, train["date"].min().date(), "->", train["date"].max().date())
    print(train.groupby(train["date"].dt.dayofweek)[TARGET].mean().round(2))

    full = build(pd.concat([train, test], ignore_index=True))
    hist = full[full[TARGET].notna()]
    fut = full[full[TARGET].isna()]
    del full
    gc.collect()

    model = lgb.train(PARAMS, lgb.Dataset(hist[FEATURES], hist[TARGET],
                                          categorical_feature=["store_id", "item_id", "dept_id"]),
                      num_boost_round=ROUNDS)
    fitted = model.predict(hist[FEATURES])

    rmse = lambda a, b: float(np.sqrt(np.mean((a - b) ** 2)))
    y = hist[TARGET].values
    print("mean baseline RMSE     :", round(rmse(y, np.full(len(y), y.mean())), 4))
    print("seasonal naive RMSE    :", round(rmse(y, hist["lag28"].fillna(y.mean()).values), 4))
    print("LightGBM RMSE          :", round(rmse(y, fitted), 4))

    imp = pd.Series(model.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
    print(imp.round(0))

    pred = np.clip(model.predict(fut[FEATURES]), 0, None)
    pd.DataFrame({"id": fut["id"].values, "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
