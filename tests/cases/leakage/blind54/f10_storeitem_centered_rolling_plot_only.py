# Store/item demand forecast (28 days) -- LightGBM global model
# Notes to self:
#   * daily sales are very noisy (lots of 0/1/2); a centred 7-day average is handy to *look* at
#     the seasonality, but every model feature only uses days at least 28 days back
#   * all lag features are >= 28 days so that one model can predict the whole test window
#   * validation = last 28 days of train.csv, compared with a seasonal naive forecast

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

H = 28
SERIES = ["store_id", "item_id"]


def wape(y, p):
    return np.abs(y - p).sum() / np.abs(y).sum()


def build_features(data):
    data = data.sort_values(SERIES + ["date"]).copy()
    by_series = data.groupby(SERIES)["sales"]

    for k in (28, 35, 42, 49, 364):
        data[f"sales_l{k}"] = by_series.shift(k)
    data["mean_l28_w14"] = by_series.transform(lambda s: s.shift(H).rolling(14, min_periods=1).mean())

    data["wday"] = data["date"].dt.dayofweek
    data["mday"] = data["date"].dt.day
    data["woy"] = data["date"].dt.isocalendar().week.astype(int)
    data["promo_last7"] = data.groupby(SERIES)["on_promo"].transform(
        lambda s: s.rolling(7, min_periods=1).sum()
    )
    return data


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    print("train", train.shape, "test", test.shape)
    print(train.isna().sum()[train.isna().sum() > 0])

    daily = train.groupby("date")["sales"].sum()
    smooth = daily.rolling(7, center=True, min_periods=1).mean()
    ax = daily.plot(figsize=(12, 3), alpha=0.4, label="daily")
    smooth.plot(ax=ax, label="centred 7-day mean")
    ax.legend()
    ax.set_title("total units per day")
    plt.savefig("eda_total.png", bbox_inches="tight")
    plt.close()

    frame = build_features(pd.concat([train, test], ignore_index=True, sort=False))
    features = [
        "store_id", "item_id", "sell_price", "on_promo", "promo_last7",
        "sales_l28", "sales_l35", "sales_l42", "sales_l49", "sales_l364",
        "mean_l28_w14", "wday", "mday", "woy",
    ]

    known = frame[frame["sales"].notna()]
    split_date = known["date"].max() - pd.Timedelta(days=H)
    fit_rows = known[known["date"] <= split_date]
    val_rows = known[known["date"] > split_date]

    model = lgb.LGBMRegressor(objective="tweedie", n_estimators=700, learning_rate=0.04,
                              num_leaves=48, min_child_samples=40, verbose=-1)
    model.fit(fit_rows[features], fit_rows["sales"],
              categorical_feature=["store_id", "item_id"])
    val_pred = np.clip(model.predict(val_rows[features]), 0, None)

    # baseline: last observed value on the same weekday before the split
    snaive = (fit_rows[fit_rows["date"] > split_date - pd.Timedelta(days=7)]
              [SERIES + ["wday", "sales"]].rename(columns={"sales": "snaive"}))
    val_rows = val_rows.merge(snaive, on=SERIES + ["wday"], how="left")
    val_rows["snaive"] = val_rows["snaive"].fillna(0)

    print(f"WAPE seasonal naive: {wape(val_rows['sales'].values, val_rows['snaive'].values):.4f}")
    print(f"WAPE lightgbm      : {wape(val_rows['sales'].values, val_pred):.4f}")
    print(pd.Series(model.feature_importances_, features).sort_values(ascending=False).head(8))

    final = lgb.LGBMRegressor(**model.get_params())
    final.fit(known[features], known["sales"], categorical_feature=["store_id", "item_id"])
    todo = frame[frame["sales"].isna()].copy()
    todo["prediction"] = np.clip(final.predict(todo[features]), 0, None)
    test[["id"]].merge(todo[["id", "prediction"]], on="id", how="left").fillna(0).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
