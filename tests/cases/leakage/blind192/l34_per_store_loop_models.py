"""One forecasting model per store (store-level daily totals).

Kaggle store-item demand data.  For every store we aggregate the 50 items to
a daily total, build lag features on that store's own history, train on
2013-2016 and evaluate on 2017 against a seasonal naive forecast.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

raw = pd.read_csv("train.csv")
raw["date"] = pd.to_datetime(raw["date"])

LAGS = [7, 14, 28, 364]
FEATURES = ["dow", "month", "dayofyear", "year"] + [f"lag_{l}" for l in LAGS] + ["mean_4w"]


def store_frame(store_id):
    sub = raw[raw["store"] == store_id]
    daily = sub.groupby("date", as_index=False)["sales"].sum().sort_values("date")
    daily["dow"] = daily["date"].dt.dayofweek
    daily["month"] = daily["date"].dt.month
    daily["dayofyear"] = daily["date"].dt.dayofyear
    daily["year"] = daily["date"].dt.year
    for l in LAGS:
        daily[f"lag_{l}"] = daily["sales"].shift(l)
    daily["mean_4w"] = daily["sales"].shift(7).rolling(28).mean()
    return daily.dropna().reset_index(drop=True)


rows = []
for store_id in sorted(raw["store"].unique()):
    d = store_frame(store_id)
    train = d[d["date"] < "2017-01-01"]
    test = d[d["date"] >= "2017-01-01"]

    model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05,
                                          max_leaf_nodes=15, random_state=0)
    model.fit(train[FEATURES], train["sales"])
    pred = model.predict(test[FEATURES])

    rows.append({
        "store": store_id,
        "n_train": len(train),
        "n_test": len(test),
        "mae_baseline_lag7": mean_absolute_error(test["sales"], test["lag_7"]),
        "mae_baseline_lag364": mean_absolute_error(test["sales"], test["lag_364"]),
        "mae_model": mean_absolute_error(test["sales"], pred),
    })
    print(f"store {store_id:2d}: model MAE {rows[-1]['mae_model']:.1f} "
          f"vs naive {rows[-1]['mae_baseline_lag7']:.1f}")

summary = pd.DataFrame(rows).set_index("store")
summary["gain_vs_lag7"] = 1 - summary["mae_model"] / summary["mae_baseline_lag7"]
print(summary.round(3))
print("\nmean MAE  model: %.2f   seasonal naive: %.2f"
      % (summary["mae_model"].mean(), summary["mae_baseline_lag7"].mean()))
summary.to_csv("per_store_results.csv")
