"""Used-car prices: prune weak features by CatBoost loss-change importance, then evaluate."""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

TARGET = "price"
CAT_COLS = ["make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region"]
TOP_K = 12

df = pd.read_csv("train.csv", parse_dates=["listing_date"])
test = pd.read_csv("test.csv", parse_dates=["listing_date"])
for d in (df, test):
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["age_years"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["km_per_year"] = d["mileage_km"] / d["age_years"].clip(lower=1)
    d["log_km"] = np.log1p(d["mileage_km"])
    d["listing_month"] = d["listing_date"].dt.month
    d["listing_dow"] = d["listing_date"].dt.dayofweek
    d["desc_len"] = d["description"].fillna("").str.len()
    d["desc_has_accident"] = d["description"].fillna("").str.contains("accident", case=False).astype(int)
    d["desc_has_service"] = d["description"].fillna("").str.contains("service", case=False).astype(int)
    d["power_per_age"] = d["engine_power_kw"] / (d["age_years"] + 1)

candidates = [c for c in df.columns if c not in
              ["listing_id", TARGET, "sold_price_usd", "days_on_market", "listing_date", "description"]]
y_log = np.log1p(df[TARGET])

# importance ranking
full_pool = Pool(df[candidates], y_log, cat_features=[c for c in CAT_COLS if c in candidates])
ranker = CatBoostRegressor(iterations=800, learning_rate=0.08, depth=7, random_seed=0, verbose=False)
ranker.fit(full_pool)
imp = ranker.get_feature_importance(full_pool, type="LossFunctionChange", prettified=True)
print(imp.to_string(index=False))
keep = imp["Feature Id"].head(TOP_K).tolist()
keep_cats = [c for c in CAT_COLS if c in keep]
print("kept:", keep)

X_tr, X_va, y_tr, y_va = train_test_split(df[keep], y_log, test_size=0.2, random_state=0)
model = CatBoostRegressor(iterations=2500, learning_rate=0.05, depth=8, random_seed=0, verbose=500)
model.fit(Pool(X_tr, y_tr, cat_features=keep_cats))

pred = np.expm1(model.predict(Pool(X_va, cat_features=keep_cats)))
truth = np.expm1(y_va)
print(f"MAE  {mean_absolute_error(truth, pred):.0f}")
print(f"RMSE {mean_squared_error(truth, pred) ** 0.5:.0f}")
print(f"R2   {r2_score(truth, pred):.4f}")

out = np.expm1(model.predict(Pool(test[keep], cat_features=keep_cats)))
pd.DataFrame({"listing_id": test["listing_id"], "prediction": out}).to_csv("predictions.csv", index=False)
