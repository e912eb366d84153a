"""Delivery delay: tune tree depth on a validation window, then score the test window once."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

FEATURES = ["distance_km", "n_items", "prep_time_est_min", "hour", "dow", "is_rain", "is_car"]


@dataclass(frozen=True)
class Periods:
    valid_start: str = "2024-02-01"
    test_start: str = "2024-03-15"


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(
        hour=df["order_ts"].dt.hour,
        dow=df["order_ts"].dt.dayofweek,
        is_rain=(df["weather"] == "rain").astype(int),
        is_car=(df["vehicle_type"] == "car").astype(int),
    )


def periods(df: pd.DataFrame, p: Periods) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Consecutive windows; each later window only keeps couriers absent from earlier ones."""
    fit = df[df["order_ts"] < p.valid_start]
    val = df[(df["order_ts"] >= p.valid_start) & (df["order_ts"] < p.test_start)]
    val = val[~val["courier_id"].isin(fit["courier_id"])]
    test = df[df["order_ts"] >= p.test_start]
    test = test[~test["courier_id"].isin(pd.concat([fit["courier_id"], val["courier_id"]]))]
    return fit, val, test


def mae(model, frame: pd.DataFrame) -> float:
    return mean_absolute_error(frame["delay_min"], model.predict(frame[FEATURES]))


def main() -> None:
    orders = featurize(pd.read_csv("data/orders.csv", parse_dates=["order_ts"]).sort_values("order_ts"))
    fit, val, test = periods(orders, Periods())

    template = RandomForestRegressor(n_estimators=300, n_jobs=-1, random_state=17)
    val_mae: dict[int, float] = {}
    for depth in (4, 6, 8, 12, 16):
        m = clone(template).set_params(max_depth=depth).fit(fit[FEATURES], fit["delay_min"])
        val_mae[depth] = mae(m, val)
    best = min(val_mae, key=val_mae.get)
    print("validation MAE by depth:", {d: round(v, 2) for d, v in val_mae.items()}, "-> depth", best)

    final = clone(template).set_params(max_depth=best).fit(fit[FEATURES], fit["delay_min"])
    mean_baseline = DummyRegressor(strategy="mean").fit(fit[FEATURES], fit["delay_min"])
    out = pd.Series({"random_forest": mae(final, test), "mean_baseline": mae(mean_baseline, test)},
                    name="test MAE")
    print(out.round(2))
    print("test couriers:", test["courier_id"].nunique(), " p90 abs error:",
          np.round(np.percentile(np.abs(test["delay_min"] - final.predict(test[FEATURES])), 90), 1))


if __name__ == "__main__":
    main()
