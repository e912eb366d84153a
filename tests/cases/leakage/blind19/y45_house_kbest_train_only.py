"""House prices: explicit feature whitelist, univariate screening on the training period."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score


@dataclass
class Spec:
    path: str = "data/house_sales.csv"
    target: str = "price"
    date_col: str = "sale_date"
    id_col: str = "sale_id"
    k: int = 12
    holdout_months: int = 6
    whitelist: list[str] = field(default_factory=lambda: [
        "sqft_living", "sqft_lot", "sqft_above", "sqft_basement", "bedrooms", "bathrooms",
        "floors", "grade", "condition", "view", "waterfront", "lat", "long", "year_built",
        "yr_renovated", "has_garage", "age", "sale_month"])


def enrich(df: pd.DataFrame, spec: Spec) -> pd.DataFrame:
    out = df.copy()
    out["age"] = out[spec.date_col].dt.year - out["year_built"]
    out["sale_month"] = out[spec.date_col].dt.month
    out["yr_renovated"] = out["yr_renovated"].fillna(0)
    out["sqft_basement"] = out["sqft_basement"].fillna(0)
    return out


def last_months_split(df: pd.DataFrame, spec: Spec) -> tuple[pd.DataFrame, pd.DataFrame]:
    start = df[spec.date_col].max() - pd.DateOffset(months=spec.holdout_months)
    return df[df[spec.date_col] <= start], df[df[spec.date_col] > start]


def main() -> None:
    spec = Spec()
    df = enrich(pd.read_csv(spec.path, parse_dates=[spec.date_col]), spec)
    train, test = last_months_split(df, spec)
    assert spec.id_col not in spec.whitelist and spec.target not in spec.whitelist

    selector = SelectKBest(f_regression, k=spec.k)
    selector.fit(train[spec.whitelist], np.log(train[spec.target]))
    chosen = [c for c, keep in zip(spec.whitelist, selector.get_support()) if keep]
    print("screened features:", chosen)

    gbr = GradientBoostingRegressor(n_estimators=700, learning_rate=0.03, max_depth=4,
                                    subsample=0.8, random_state=6)
    gbr.fit(train[chosen], np.log(train[spec.target]))
    dummy = DummyRegressor(strategy="median").fit(train[chosen], train[spec.target])

    preds = {"gbr": np.exp(gbr.predict(test[chosen])), "median_baseline": dummy.predict(test[chosen])}
    report = {name: {"MAE": mean_absolute_error(test[spec.target], p),
                     "MedAE": median_absolute_error(test[spec.target], p),
                     "R2": r2_score(test[spec.target], p)} for name, p in preds.items()}
    print(pd.DataFrame(report).T.round(3))


if __name__ == "__main__":
    main()
