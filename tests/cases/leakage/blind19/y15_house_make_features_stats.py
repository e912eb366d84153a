"""House price model built around a `make_features(df, stats)` fit/apply helper."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_absolute_percentage_error, r2_score


@dataclass
class Params:
    path: str = "data/house_sales.csv"
    target: str = "price"
    date_col: str = "sale_date"
    test_frac: float = 0.2


NUMERIC = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built",
           "grade", "condition", "lat", "long"]


def make_features(df: pd.DataFrame, stats: Optional[dict] = None) -> tuple[pd.DataFrame, dict]:
    """Impute, standardise and expand features; `stats` are computed when not given."""
    X = df[NUMERIC].copy()
    X["log_living"] = np.log1p(X["sqft_living"])
    X["age"] = df["sale_date"].dt.year - X["year_built"]
    if stats is None:
        stats = {"median": X.median(), "mean": None, "std": None}
        filled = X.fillna(stats["median"])
        stats["mean"] = filled.mean()
        stats["std"] = filled.std().replace(0, 1)
    X = X.fillna(stats["median"])
    X = (X - stats["mean"]) / stats["std"]
    X["has_garage"] = df["has_garage"].astype(int)
    return X, stats


def chronological_split(df: pd.DataFrame, date_col: str, frac: float):
    df = df.sort_values(date_col)
    n_test = int(len(df) * frac)
    return df.iloc[:-n_test], df.iloc[-n_test:]


def main() -> None:
    p = Params()
    sales = pd.read_csv(p.path, parse_dates=[p.date_col])
    X_all, stats = make_features(sales)
    sales = sales.join(X_all.add_prefix("f_"))

    train, test = chronological_split(sales, p.date_col, p.test_frac)
    fcols = [c for c in sales.columns if c.startswith("f_")]

    y_tr = np.log(train[p.target])
    results = {}
    for name, model in {"naive_mean": DummyRegressor(),
                        "elastic_net": ElasticNet(alpha=0.001, l1_ratio=0.3, max_iter=5000)}.items():
        model.fit(train[fcols], y_tr)
        pred = np.exp(model.predict(test[fcols]))
        results[name] = {"mape": mean_absolute_percentage_error(test[p.target], pred),
                         "r2": r2_score(test[p.target], pred)}
    print(pd.DataFrame(results).T.round(4))
    print("standardisation means used:\n", stats["mean"].round(2))


if __name__ == "__main__":
    main()
