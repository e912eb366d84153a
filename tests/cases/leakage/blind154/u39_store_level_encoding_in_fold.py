"""Store demand - store-level volume features computed from the past only.

Store statistics of the target are rebuilt inside every backtest block from the
block's training weeks, so the scored weeks never feed their own features."""
import json

import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

task = json.load(open("task.json"))
Y, T, RID = task["target"], task["time_column"], task["id_column"]

train = pd.read_csv("train.csv", parse_dates=[T]).sort_values(T).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[T])

BASE_FEATS = ["region", "store_size_sqm", "promo_active", "price_index", "holiday_week",
              "temperature_avg", "competitor_open", "prev_week_units", "woy"]
STORE_FEATS = ["store_mean", "store_median", "store_std", "store_promo_lift", "prev_vs_store_mean"]
FEATS = BASE_FEATS + STORE_FEATS

for frame in (train, test):
    frame["woy"] = frame[T].dt.isocalendar().week.astype(int)


def store_table(history):
    stats = history.groupby("store_id")[Y].agg(store_mean="mean", store_median="median", store_std="std")
    lift = (history[history.promo_active == 1].groupby("store_id")[Y].mean()
            / history[history.promo_active == 0].groupby("store_id")[Y].mean()).rename("store_promo_lift")
    return stats.join(lift)


def attach(frame, table):
    out = frame.merge(table, left_on="store_id", right_index=True, how="left")
    out["prev_vs_store_mean"] = out["prev_week_units"] / out["store_mean"]
    return out


def rolling_blocks(t, n_blocks=5, block_weeks=4):
    weeks = np.sort(t.unique())
    for b in range(n_blocks, 0, -1):
        blk = weeks[len(weeks) - b * block_weeks: len(weeks) - (b - 1) * block_weeks]
        yield np.flatnonzero(t < blk[0]), np.flatnonzero(t.isin(blk))


def model():
    return CatBoostRegressor(iterations=800, depth=6, learning_rate=0.05, loss_function="RMSE",
                             cat_features=["region"], verbose=0, random_seed=0)


rows = []
for tr, te in rolling_blocks(train[T]):
    hist, scored = train.iloc[tr], train.iloc[te]
    table = store_table(hist)
    Xtr, Xte = attach(hist, table)[FEATS], attach(scored, table)[FEATS]
    cb = model().fit(Xtr, hist[Y])
    base = DummyRegressor(strategy="mean").fit(Xtr, hist[Y])
    rows.append({
        "block": scored[T].min().date(),
        "mae": mean_absolute_error(scored[Y], cb.predict(Xte)),
        "mae_dummy": mean_absolute_error(scored[Y], base.predict(Xte)),
        "mae_last_week": mean_absolute_error(scored[Y], scored["prev_week_units"]),
    })

res = pd.DataFrame(rows)
print(res.round(2).to_string(index=False))
print(res[["mae", "mae_dummy", "mae_last_week"]].mean().round(2))

table = store_table(train)
final = model().fit(attach(train, table)[FEATS], train[Y])
pred = final.predict(attach(test, table)[FEATS])
pd.DataFrame({RID: test[RID], "prediction": pred}).to_csv("predictions.csv", index=False)
