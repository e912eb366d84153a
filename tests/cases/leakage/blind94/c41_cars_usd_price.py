"""Used car price model (CatBoostRegressor)."""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score
from sklearn.model_selection import KFold

TARGET = "price"
CAT_COLS = ["make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region"]

df = pd.read_csv("train.csv", parse_dates=["listing_date"])
test = pd.read_csv("test.csv", parse_dates=["listing_date"])

for d in (df, test):
    d["age_years"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["km_per_year"] = d["mileage_km"] / d["age_years"].clip(lower=1)
    d["power_per_owner"] = d["engine_power_kw"] / (d["n_owners"].fillna(1) + 1)
    d["listing_month"] = d["listing_date"].dt.month
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)

features = [c for c in df.columns if c not in ["listing_id", TARGET, "listing_date", "description"]]
print("features:", features)

kf = KFold(n_splits=5, shuffle=True, random_state=0)
oof = np.zeros(len(df))
for fold, (tr_idx, va_idx) in enumerate(kf.split(df)):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    model = CatBoostRegressor(
        iterations=1500, learning_rate=0.06, depth=8, loss_function="MAE", random_seed=fold, verbose=False
    )
    model.fit(Pool(tr[features], tr[TARGET], cat_features=CAT_COLS))
    oof[va_idx] = model.predict(Pool(va[features], cat_features=CAT_COLS))
    print(f"fold {fold}: MAE {mean_absolute_error(va[TARGET], oof[va_idx]):.0f}")

print(f"OOF MAE  {mean_absolute_error(df[TARGET], oof):.0f}")
print(f"OOF MAPE {mean_absolute_percentage_error(df[TARGET], oof):.3%}")
print(f"OOF R2   {r2_score(df[TARGET], oof):.4f}")

final = CatBoostRegressor(iterations=1500, learning_rate=0.06, depth=8, loss_function="MAE", random_seed=0, verbose=False)
final.fit(Pool(df[features], df[TARGET], cat_features=CAT_COLS))
pred = final.predict(Pool(test[features], cat_features=CAT_COLS))
pd.DataFrame({"listing_id": test["listing_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
