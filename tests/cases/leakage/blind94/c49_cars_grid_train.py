"""Used-car prices: grid search restricted to the training split.

A naive per-make median price (fitted on the training split) is the reference model.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "price"
CAT_COLS = ["make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region"]
DROP = ["listing_id", TARGET, "sold_price_usd", "days_on_market", "listing_date", "description"]


def prep(d):
    d = d.copy()
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["age_years"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["km_per_year"] = d["mileage_km"] / d["age_years"].clip(lower=1)
    return d


df = prep(pd.read_csv("train.csv", parse_dates=["listing_date"]))
test = prep(pd.read_csv("test.csv", parse_dates=["listing_date"]))
features = [c for c in df.columns if c not in DROP]

train_df, test_df = train_test_split(df, test_size=0.2, random_state=31)
train_pool = Pool(train_df[features], np.log1p(train_df[TARGET]), cat_features=CAT_COLS)

model = CatBoostRegressor(iterations=1200, loss_function="RMSE", random_seed=31, verbose=False)
grid = {"depth": [6, 8, 10], "learning_rate": [0.03, 0.08], "l2_leaf_reg": [1, 5, 15]}
result = model.grid_search(grid, X=train_pool, cv=4, shuffle=True, refit=True, verbose=False)
print("best params:", result["params"])
cv_res = pd.DataFrame(result["cv_results"])
print("cv RMSE (log) at last iteration:", round(cv_res["test-RMSE-mean"].iloc[-1], 4))

# reference model: median price of the make in the training split
make_median = train_df.groupby("make")[TARGET].median()
ref_pred = test_df["make"].map(make_median).fillna(train_df[TARGET].median())

pred = np.expm1(model.predict(Pool(test_df[features], cat_features=CAT_COLS)))
print(f"baseline per-make median: MAE {mean_absolute_error(test_df[TARGET], ref_pred):.0f}  "
      f"RMSE {mean_squared_error(test_df[TARGET], ref_pred) ** 0.5:.0f}")
print(f"catboost (grid search):   MAE {mean_absolute_error(test_df[TARGET], pred):.0f}  "
      f"RMSE {mean_squared_error(test_df[TARGET], pred) ** 0.5:.0f}")

imp = model.get_feature_importance(train_pool, type="PredictionValuesChange", prettified=True)
print(imp.head(10).to_string(index=False))

final = CatBoostRegressor(iterations=1200, loss_function="RMSE", random_seed=31, verbose=False, **result["params"])
final.fit(Pool(df[features], np.log1p(df[TARGET]), cat_features=CAT_COLS))
out = np.expm1(final.predict(Pool(test[features], cat_features=CAT_COLS)))
pd.DataFrame({"listing_id": test["listing_id"], "prediction": out}).to_csv("predictions.csv", index=False)
