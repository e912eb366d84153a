"""
Weekly demand model (sku x warehouse).

The stock snapshot is missing for ~7% of weeks (the WMS export skips weeks
without movements), so it is carried forward from the last known week of the
same sku/warehouse. Promo intensity is the number of promo weeks in the four
weeks *before* the current one.
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

DATA = Path(".")
KEY = ["sku_id", "warehouse_id"]


def engineer(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values(KEY + ["week"]).copy()
    by = frame.groupby(KEY, group_keys=False)
    frame["stock"] = by["stock"].ffill()
    frame["stock"] = frame["stock"].fillna(0)
    frame["promo_4w"] = by["promo"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).sum()).fillna(0)
    frame["price_4w_min"] = by["price"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).min())
    frame["discount_vs_4w"] = frame["price"] / frame["price_4w_min"] - 1
    frame["age_weeks"] = by.cumcount()
    frame["woy"] = frame["week"].dt.isocalendar().week.astype(int)
    return frame


cols = ["price", "promo", "stock", "promo_4w", "discount_vs_4w", "age_weeks", "woy", "warehouse_id"]

hist = pd.read_csv(DATA / "train.csv", parse_dates=["week"])
hist = engineer(hist)

# ---- time cut; only SKUs launched after the cut are scored
split_week = hist["week"].sort_values().iloc[int(0.85 * len(hist))]
fit_df = hist[hist["week"] < split_week]
eval_df = hist[hist["week"] >= split_week]
eval_df = eval_df[~eval_df["sku_id"].isin(fit_df["sku_id"].unique())]
assert fit_df["week"].max() < eval_df["week"].min()

gbr = HistGradientBoostingRegressor(loss="poisson", max_iter=500, learning_rate=0.05,
                                    max_leaf_nodes=40, min_samples_leaf=40, random_state=11)
gbr.fit(fit_df[cols], fit_df["units"])
yhat = gbr.predict(eval_df[cols])

dummy = DummyRegressor(strategy="mean").fit(fit_df[cols], fit_df["units"])
yhat_dummy = dummy.predict(eval_df[cols])

y = eval_df["units"]
report = pd.DataFrame(
    {
        "MAE": [mean_absolute_error(y, yhat_dummy), mean_absolute_error(y, yhat)],
        "MAPE(units>0)": [
            mean_absolute_percentage_error(y[y > 0], yhat_dummy[y.values > 0]),
            mean_absolute_percentage_error(y[y > 0], yhat[y.values > 0]),
        ],
    },
    index=["DummyRegressor(mean)", "HistGBR(poisson)"],
)
print(report.round(3))

# ---- final fit and test predictions
test = pd.read_csv(DATA / "test.csv", parse_dates=["week"])
both = engineer(pd.concat([hist.drop(columns=["promo_4w", "price_4w_min", "discount_vs_4w", "age_weeks", "woy"]),
                           test], ignore_index=True))
to_score = both[both["units"].isna()]
gbr.fit(hist[cols], hist["units"])
pd.DataFrame({"id": to_score["id"], "prediction": np.clip(gbr.predict(to_score[cols]), 0, None)}).to_csv(
    "predictions.csv", index=False)
print("saved", len(to_score), "rows")
