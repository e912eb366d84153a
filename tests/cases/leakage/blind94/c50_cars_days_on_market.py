"""Used car pricing model.

days_on_market is kept: how quickly comparable cars sell is a good signal of demand for the model.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool

TARGET = "price"
CAT_COLS = ["make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region"]

train = pd.read_csv("train.csv", parse_dates=["listing_date"])
test = pd.read_csv("test.csv", parse_dates=["listing_date"])


def features(d):
    d = d.copy()
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["age_years"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["km_per_year"] = d["mileage_km"] / d["age_years"].clip(lower=1)
    d["quick_sale"] = (d["days_on_market"] < 14).astype(int)
    d["log_days_on_market"] = np.log1p(d["days_on_market"])
    return d


train = features(train)
test = features(test)
cols = [c for c in train.columns if c not in ["listing_id", TARGET, "sold_price_usd", "listing_date", "description"]]

pool = Pool(train[cols], np.log1p(train[TARGET]), cat_features=CAT_COLS)
model = CatBoostRegressor(
    iterations=3000,
    learning_rate=0.03,
    depth=8,
    loss_function="RMSE",
    custom_metric=["MAE", "R2", "MAPE"],
    random_seed=0,
    verbose=500,
)
model.fit(pool)

scores = model.eval_metrics(pool, ["RMSE", "MAE", "R2"])
print("log-scale metrics:", {k: round(v[-1], 4) for k, v in scores.items()})
pred_train = np.expm1(model.predict(pool))
mape = np.mean(np.abs(pred_train - train[TARGET]) / train[TARGET])
print(f"MAPE on price scale: {mape:.2%}")

print(model.get_feature_importance(pool, type="PredictionValuesChange", prettified=True).head(10).to_string(index=False))

test_pool = Pool(test[cols], cat_features=CAT_COLS)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.expm1(model.predict(test_pool))}).to_csv(
    "predictions.csv", index=False
)
