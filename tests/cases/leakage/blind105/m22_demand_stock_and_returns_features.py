"""Demand model v3 - after the stock-out incident in the north region.

Stores in the north ran out of stock in weeks 14-16 and sales were under-forecast
afterwards. This version adds inventory signals (closing stock, returns) and is
evaluated on the stores opened after the cutoff.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error


def build(frame):
    frame = frame.sort_values(["store_id", "week_start"]).copy()
    frame["weeks_since_open"] = (frame["week_start"] - frame["opened_week"]).dt.days // 7
    frame["weekofyear"] = frame["week_start"].dt.isocalendar().week.astype(int)
    frame["footfall"] = frame.groupby("store_id")["footfall"].ffill().fillna(0)
    frame["stock_low"] = (frame["closing_stock"] < 50).astype(int)
    frame["returns_rate"] = frame["units_returned"] / (frame["footfall"] + 1)
    return frame


df = build(pd.read_csv("train.csv", parse_dates=["week_start", "opened_week"]))

FEATS = ["price_index", "promo_flag", "footfall", "holiday_flag", "temp_c", "store_size_sqm",
         "weeks_since_open", "weekofyear", "closing_stock", "stock_low", "units_returned", "returns_rate"]

cutoff = pd.Timestamp("2024-03-04")
train = df[df["week_start"] < cutoff]
ev = df[(df["week_start"] >= cutoff) & (~df["store_id"].isin(train["store_id"]))]

et = ExtraTreesRegressor(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=0)
et.fit(train[FEATS], train["units_sold"])
pred = et.predict(ev[FEATS])
base = DummyRegressor(strategy="mean").fit(train[FEATS], train["units_sold"]).predict(ev[FEATS])

print("ExtraTrees MAE %.2f MAPE %.3f" % (mean_absolute_error(ev["units_sold"], pred),
                                       mean_absolute_percentage_error(ev["units_sold"], pred)))
print("mean base  MAE %.2f MAPE %.3f" % (mean_absolute_error(ev["units_sold"], base),
                                       mean_absolute_percentage_error(ev["units_sold"], base)))

north = ev["region"] == "north"
print("north only MAE %.2f" % mean_absolute_error(ev.loc[north, "units_sold"], pred[north.values]))

imp = pd.Series(et.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.round(3).to_string())

test = build(pd.read_csv("test.csv", parse_dates=["week_start", "opened_week"]))
pd.DataFrame({"row_id": test["row_id"], "prediction": et.predict(test[FEATS])}).to_csv("predictions.csv", index=False)
