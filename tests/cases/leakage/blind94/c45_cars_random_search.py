"""Used-car prices: CatBoost randomized_search on the training part, single test evaluation."""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool
from scipy import stats
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

TARGET = "price"
CAT_COLS = ["make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region"]
EXCLUDE = ["listing_id", TARGET, "sold_price_usd", "days_on_market", "listing_date", "description"]

df = pd.read_csv("train.csv", parse_dates=["listing_date"])
test = pd.read_csv("test.csv", parse_dates=["listing_date"])
for d in (df, test):
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["age_years"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["km_per_year"] = d["mileage_km"] / d["age_years"].clip(lower=1)
    d["is_dealer"] = (d["seller_type"] == "dealer").astype(int)
features = [c for c in df.columns if c not in EXCLUDE]

X_train, X_test, y_train, y_test = train_test_split(
    df[features], np.log1p(df[TARGET]), test_size=0.2, random_state=11
)

model = CatBoostRegressor(iterations=1500, loss_function="RMSE", cat_features=CAT_COLS, random_seed=11, verbose=False)
distributions = {
    "depth": [5, 6, 7, 8, 9],
    "learning_rate": stats.loguniform(0.01, 0.2),
    "l2_leaf_reg": stats.loguniform(1, 30),
    "bagging_temperature": stats.uniform(0, 2),
}
search = model.randomized_search(
    distributions,
    X=X_train,
    y=y_train,
    n_iter=25,
    train_size=0.85,
    search_by_train_test_split=True,
    refit=True,
    random_seed=11,
    verbose=False,
)
print("chosen:", search["params"])

pred = np.expm1(model.predict(X_test))
truth = np.expm1(y_test)
base = np.expm1(DummyRegressor(strategy="mean").fit(X_train, y_train).predict(X_test))
print(f"baseline (mean log-price): MAE {mean_absolute_error(truth, base):.0f}  RMSE {mean_squared_error(truth, base) ** 0.5:.0f}")
print(f"tuned catboost:            MAE {mean_absolute_error(truth, pred):.0f}  RMSE {mean_squared_error(truth, pred) ** 0.5:.0f}  R2 {r2_score(truth, pred):.3f}")

final = CatBoostRegressor(iterations=1500, loss_function="RMSE", cat_features=CAT_COLS, random_seed=11, verbose=False, **search["params"])
final.fit(df[features], np.log1p(df[TARGET]))
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.expm1(final.predict(test[features]))}).to_csv(
    "predictions.csv", index=False
)
