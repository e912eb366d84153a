"""Warehouse weekly demand -- global LightGBM, direct 8-week forecast.

Series: warehouse_id x sku_family. Features only use weeks >= 8 back, so the same model
predicts every week of the test window. Validation: a random 20% of warehouse ids, scored on
the last 8 weeks only; the model is fitted on the other warehouses before the cut-off, so the
scored warehouses are never seen in training and nothing after the cut-off is fitted on.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

H = 8
KEY = ["warehouse_id", "sku_family"]
FEATURES = [
    "sku_code", "planned_promo", "avg_price",
    "lag8", "lag9", "lag12", "lag52", "mean4_l8", "mean13_l8", "std13_l8",
    "weekofyear", "month",
]


def engineer(df):
    df = df.sort_values(KEY + ["week"]).copy()
    g = df.groupby(KEY)["demand"]
    for k in (8, 9, 12, 52):
        df[f"lag{k}"] = g.shift(k)
    df["mean4_l8"] = g.transform(lambda s: s.shift(H).rolling(4, min_periods=1).mean())
    df["mean13_l8"] = g.transform(lambda s: s.shift(H).rolling(13, min_periods=2).mean())
    df["std13_l8"] = g.transform(lambda s: s.shift(H).rolling(13, min_periods=2).std())
    df["weekofyear"] = df["week"].dt.isocalendar().week.astype(int)
    df["month"] = df["week"].dt.month
    df["sku_code"] = df["sku_family"].str.extract(r"(\d+)", expand=False).astype(int)  # "FAM_07" -> 7
    return df


def wape(y, p):
    return float(np.abs(y - p).sum() / np.abs(y).sum())


def main():
    train = pd.read_csv("train.csv", parse_dates=["week"])
    test = pd.read_csv("test.csv", parse_dates=["week"])
    print(train.shape, test.shape, train["week"].min().date(), train["week"].max().date())

    data = engineer(pd.concat([train, test], ignore_index=True, sort=False))
    hist = data[data["demand"].notna()]
    todo = data[data["demand"].isna()].copy()

    cutoff = hist["week"].max() - pd.Timedelta(weeks=H)
    wh_ids = np.sort(hist["warehouse_id"].unique())
    wh_fit, wh_val = train_test_split(wh_ids, test_size=0.2, random_state=11)
    tr = hist[hist["warehouse_id"].isin(wh_fit) & (hist["week"] <= cutoff)]
    va = hist[hist["warehouse_id"].isin(wh_val) & (hist["week"] > cutoff)]
    assert not set(tr["warehouse_id"]) & set(va["warehouse_id"])
    print(len(wh_fit), "fit warehouses /", len(wh_val), "validation warehouses;",
          len(tr), "fit rows,", len(va), "validation rows")

    params = dict(objective="regression_l1", n_estimators=1200, learning_rate=0.03,
                  num_leaves=31, min_child_samples=30, colsample_bytree=0.8, verbose=-1)
    model = lgb.LGBMRegressor(**params).fit(tr[FEATURES], tr["demand"])
    p_va = np.clip(model.predict(va[FEATURES]), 0, None)

    # baselines: last year's same week, and the 13-week mean known at the cut-off
    snaive = va["lag52"].fillna(va["mean13_l8"]).fillna(0).to_numpy()
    level = va["mean13_l8"].fillna(0).to_numpy()
    for name, p in [("seasonal naive (t-52)", snaive), ("13-week mean", level), ("lightgbm", p_va)]:
        print(f"{name:<22} MAE={mean_absolute_error(va['demand'], p):8.2f}  WAPE={wape(va['demand'].to_numpy(), p):.4f}")

    model = lgb.LGBMRegressor(**params).fit(hist[FEATURES], hist["demand"])
    todo["prediction"] = np.clip(model.predict(todo[FEATURES]), 0, None)
    sub = test[["row_id"]].merge(todo[["row_id", "prediction"]], on="row_id", how="left")
    sub.to_csv("predictions.csv", index=False)
    print(sub["prediction"].describe())


if __name__ == "__main__":
    main()
