"""Weekly units forecast - HistGradientBoosting with Poisson loss.

Data: one row per product x week. Features are price / promo / calendar only,
so the same model can score the new products in test.csv.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "units_sold"
ID = "row_id"
TIME = "week_start"

sales = pd.read_csv("train.csv", parse_dates=[TIME])
future = pd.read_csv("test.csv", parse_dates=[TIME])
print(sales[TIME].min(), "->", sales[TIME].max(), "|", sales["product_id"].nunique(), "products")
print(sales[TARGET].describe())


def make_features(d):
    d = d.sort_values(["product_id", TIME]).copy()
    d["weekofyear"] = d[TIME].dt.isocalendar().week.astype(int)
    d["month"] = d[TIME].dt.month
    d["weeks_since_launch"] = d.groupby("product_id").cumcount()
    d["price_change"] = d.groupby("product_id")["price"].diff().fillna(0)
    d["promo_prev"] = d.groupby("product_id")["promo_flag"].shift(1).fillna(0)
    d["effective_price"] = d["price"] * (1 - d["discount_pct"] / 100)
    d = pd.get_dummies(d, columns=["category"], prefix="cat", dtype=int)
    return d


sales = make_features(sales)
future = make_features(future)
for c in sales.columns:
    if c.startswith("cat_") and c not in future.columns:
        future[c] = 0

FEATURES = [c for c in sales.columns if c not in (ID, TARGET, TIME, "product_id")]

X_tr, X_te, y_tr, y_te = train_test_split(sales[FEATURES], sales[TARGET],
                                          test_size=0.2, random_state=3)

model = HistGradientBoostingRegressor(loss="poisson", max_iter=500, learning_rate=0.05,
                                      max_leaf_nodes=63, random_state=3)
model.fit(X_tr, y_tr)
y_hat = model.predict(X_te)

baseline = np.full(len(y_te), y_tr.mean())
print("mean-demand baseline: MAE %.3f  RMSE %.3f  Poisson dev %.3f" % (
    mean_absolute_error(y_te, baseline), mean_squared_error(y_te, baseline) ** 0.5,
    mean_poisson_deviance(y_te, baseline)))
print("HGB poisson         : MAE %.3f  RMSE %.3f  Poisson dev %.3f" % (
    mean_absolute_error(y_te, y_hat), mean_squared_error(y_te, y_hat) ** 0.5,
    mean_poisson_deviance(y_te, np.clip(y_hat, 1e-6, None))))

# weighted MAPE is what the planners look at
wmape = np.abs(y_te - y_hat).sum() / y_te.sum()
print("WMAPE %.3f" % wmape)

model.fit(sales[FEATURES], sales[TARGET])
future["prediction"] = np.clip(model.predict(future[FEATURES]), 0, None)
future[[ID, "prediction"]].to_csv("predictions.csv", index=False)
