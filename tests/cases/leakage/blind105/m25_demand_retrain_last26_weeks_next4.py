"""Rolling retrain proposal for the store demand model.

Proposal after INC-2314 (stale model): retrain every month on the last 26 weeks
and forecast the next 4 weeks for the whole store network. This script backtests
the proposal over the last 5 retrain dates.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

TRAIN_WEEKS = 26
HORIZON = 4

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["store_id", "week_start"]).reset_index(drop=True)
df["footfall"] = df.groupby("store_id")["footfall"].ffill().fillna(0)
df["weekofyear"] = df["week_start"].dt.isocalendar().week.astype(int)
df["region_code"] = df["region"].astype("category").cat.codes
FEATS = ["price_index", "promo_flag", "footfall", "holiday_flag", "temp_c",
         "store_size_sqm", "weekofyear", "region_code"]

weeks = np.array(sorted(df["week_start"].unique()))
retrain_points = weeks[-HORIZON * 5::HORIZON]

rows = []
for t0 in retrain_points:
    i = np.searchsorted(weeks, t0)
    train_weeks = weeks[max(0, i - TRAIN_WEEKS):i]
    eval_weeks = weeks[i:i + HORIZON]
    tr = df[df["week_start"].isin(train_weeks)]
    te = df[df["week_start"].isin(eval_weeks)]

    model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=0)
    model.fit(tr[FEATS], tr["units_sold"])
    pred = model.predict(te[FEATS])

    # naive baseline: each store's average over its training weeks
    store_avg = tr.groupby("store_id")["units_sold"].mean()
    naive = te["store_id"].map(store_avg).fillna(tr["units_sold"].mean())

    rows.append({"retrain": pd.Timestamp(t0).date(),
                 "mae_model": mean_absolute_error(te["units_sold"], pred),
                 "mae_naive": mean_absolute_error(te["units_sold"], naive),
                 "bias_model": float(np.mean(pred - te["units_sold"]))})

bt = pd.DataFrame(rows)
print(bt.round(2).to_string(index=False))
print("avg MAE model %.2f vs naive %.2f" % (bt["mae_model"].mean(), bt["mae_naive"].mean()))

last = df[df["week_start"].isin(weeks[-TRAIN_WEEKS:])]
final = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=0).fit(last[FEATS], last["units_sold"])
test = pd.read_csv("test.csv", parse_dates=["week_start"]).sort_values(["store_id", "week_start"])
test["footfall"] = test.groupby("store_id")["footfall"].ffill().fillna(0)
test["weekofyear"] = test["week_start"].dt.isocalendar().week.astype(int)
test["region_code"] = pd.Categorical(test["region"], categories=sorted(df["region"].unique())).codes
pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict(test[FEATS])}).to_csv("predictions.csv", index=False)
