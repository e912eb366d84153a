"""Sales forecasting with item-level demand encodings + gradient boosting.

Items differ mostly by their base demand, so each row gets its item's and store's
average sales and weekday profile. Holdout: last 28 days; baseline: same weekday last week.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
train = train.sort_values(["store_id", "item_id", "date"]).reset_index(drop=True)
train["dow"] = train["date"].dt.dayofweek
test["dow"] = test["date"].dt.dayofweek

# demand level encodings
train["item_mean"] = train.groupby("item_id")["sales"].transform("mean")
train["store_item_mean"] = train.groupby(["store_id", "item_id"])["sales"].transform("mean")
train["item_dow_mean"] = train.groupby(["item_id", "dow"])["sales"].transform("mean")
train["store_share"] = train.groupby("store_id")["sales"].transform("sum") / train["sales"].sum()

g = train.groupby(["store_id", "item_id"])["sales"]
train["lag_7"] = g.shift(7)
train["lag_14"] = g.shift(14)
train["lag_28"] = g.shift(28)
train["month"] = train["date"].dt.month
train = train.dropna(subset=["lag_28"])

features = ["item_mean", "store_item_mean", "item_dow_mean", "store_share",
            "lag_7", "lag_14", "lag_28", "onpromotion", "price", "holiday", "dow", "month"]

cutoff = train["date"].max() - pd.Timedelta(days=28)
fit_rows = train[train["date"] <= cutoff]
hold_rows = train[train["date"] > cutoff]

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=63,
                                      l2_regularization=1.0, random_state=42)
model.fit(fit_rows[features], fit_rows["sales"])
pred = np.clip(model.predict(hold_rows[features]), 0, None)

print(f"HGB            MAE {mean_absolute_error(hold_rows['sales'], pred):.3f}")
print(f"seasonal naive MAE {mean_absolute_error(hold_rows['sales'], hold_rows['lag_7']):.3f}")
ratio = mean_absolute_error(hold_rows["sales"], pred) / mean_absolute_error(hold_rows["sales"], hold_rows["lag_7"])
print(f"relative MAE vs naive: {ratio:.2f}")

per_item = (hold_rows.assign(err=np.abs(hold_rows["sales"] - pred))
            .groupby("item_id")["err"].mean().sort_values(ascending=False))
print(per_item.head(10))

# test features: encodings from the whole train history, lags from the last known weeks
enc_item = train.groupby("item_id")["sales"].mean()
enc_store_item = train.groupby(["store_id", "item_id"])["sales"].mean()
enc_item_dow = train.groupby(["item_id", "dow"])["sales"].mean()
store_share = train.groupby("store_id")["sales"].sum() / train["sales"].sum()
test["item_mean"] = test["item_id"].map(enc_item)
test["store_item_mean"] = pd.MultiIndex.from_frame(test[["store_id", "item_id"]]).map(enc_store_item)
test["item_dow_mean"] = pd.MultiIndex.from_frame(test[["item_id", "dow"]]).map(enc_item_dow)
test["store_share"] = test["store_id"].map(store_share)
test["month"] = test["date"].dt.month
last = train.sort_values("date").groupby(["store_id", "item_id"]).tail(28)
last = last.assign(date=last["date"] + pd.Timedelta(days=28))[["store_id", "item_id", "date", "sales"]]
test = test.merge(last.rename(columns={"sales": "lag_28"}), on=["store_id", "item_id", "date"], how="left")
test["lag_7"] = test["lag_28"]
test["lag_14"] = test["lag_28"]
test["prediction"] = np.clip(model.predict(test[features]), 0, None)
test[["id", "prediction"]].to_csv("predictions.csv", index=False)
