"""Store-week sales forecast - LightGBM with a hand-rolled walk-forward backtest.

For each of the last N_BACKTEST weeks: train on the history up to the forecast week,
forecast that week for every store, record WAPE. Then refit on everything for test.csv.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor

TARGET = "weekly_sales"
N_BACKTEST = 8
LAG_COLS = ["avg_price", "markdown_planned", "temperature"]
PARAMS = dict(
    objective="regression_l1",
    n_estimators=800,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=30,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    random_state=5,
    verbose=-1,
)


def load():
    train = pd.read_csv("train.csv", parse_dates=["week_start"])
    test = pd.read_csv("test.csv", parse_dates=["week_start"])
    full = pd.concat([train, test], ignore_index=True, sort=False)
    full = full.sort_values(["store_id", "week_start"]).reset_index(drop=True)
    return full, len(test)


def add_features(df):
    g = df.groupby("store_id", sort=False)
    for c in LAG_COLS:
        df[f"{c}_lag1"] = g[c].shift(1)
        df[f"{c}_chg"] = df[c] - df[f"{c}_lag1"]
    df["price_roll4"] = g["avg_price"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
    df["weekofyear"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["month"] = df["week_start"].dt.month
    df["is_hypermarket"] = (df["store_format"] == "hypermarket").astype(int)
    df["is_express"] = (df["store_format"] == "express").astype(int)
    return df


FEATURES = [
    "store_size_sqm", "promo_flag", "holiday_flag", "avg_price", "competitor_distance_km",
    "fuel_price", "temperature", "markdown_planned",
    "avg_price_lag1", "avg_price_chg", "markdown_planned_lag1", "markdown_planned_chg",
    "temperature_lag1", "temperature_chg", "price_roll4",
    "weekofyear", "month", "is_hypermarket", "is_express",
]


def wape(y, p):
    return np.abs(y - p).sum() / np.abs(y).sum()


def backtest(hist):
    weeks = np.sort(hist["week_start"].unique())
    rows = []
    for i in range(len(weeks) - N_BACKTEST, len(weeks)):
        train_weeks = weeks[: i + 1]
        tr = hist[hist["week_start"].isin(train_weeks)]
        te = hist[hist["week_start"] == weeks[i]]

        dummy = DummyRegressor(strategy="mean").fit(tr[FEATURES], tr[TARGET])
        model = lgb.LGBMRegressor(**PARAMS).fit(tr[FEATURES], tr[TARGET])
        p_dummy = dummy.predict(te[FEATURES])
        p_model = model.predict(te[FEATURES])
        rows.append({
            "week": pd.Timestamp(weeks[i]).date(),
            "n_train": len(tr),
            "wape_mean_baseline": wape(te[TARGET].values, p_dummy),
            "wape_lgbm": wape(te[TARGET].values, p_model),
            "mae_lgbm": np.mean(np.abs(te[TARGET].values - p_model)),
        })
        print(rows[-1])
    return pd.DataFrame(rows)


def main():
    full, n_test = load()
    full = add_features(full)
    hist = full[full[TARGET].notna()]
    future = full[full[TARGET].isna()]
    assert len(future) == n_test

    bt = backtest(hist)
    print(bt.round(4).to_string(index=False))
    print("mean WAPE  baseline %.4f  lgbm %.4f" % (bt.wape_mean_baseline.mean(), bt.wape_lgbm.mean()))

    model = lgb.LGBMRegressor(**PARAMS).fit(hist[FEATURES], hist[TARGET])
    imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
    print(imp.head(10))
    sub = pd.DataFrame({"store_week_id": future["store_week_id"].values,
                        "prediction": np.clip(model.predict(future[FEATURES]), 0, None)})
    sub.to_csv("predictions.csv", index=False)
    print("wrote", len(sub))


if __name__ == "__main__":
    main()
