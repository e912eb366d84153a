"""Weekly category revenue regression (LightGBM, gamma objective), store-grouped CV."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_features(d):
    d = d.copy()
    d["log_sqft"] = np.log(d["sq_ft"])
    d["log_units"] = np.log1p(d["units_sold"])
    d["units_per_checkout"] = d["units_sold"] / d["n_checkouts"]
    d["price_x_promo"] = d["avg_price_index"] * (1 - d["promo_share"])
    for c in ["region", "store_format", "category"]:
        d[c] = d[c].astype("category")
    return d


df = add_features(df)
test = add_features(test)
features = ["region", "store_format", "category", "week_of_year", "log_sqft", "n_checkouts",
            "avg_price_index", "promo_share", "competitor_distance_km", "local_population",
            "log_units", "units_per_checkout", "price_x_promo"]

X, y = df[features], df["weekly_revenue"]
oof = np.zeros(len(df))
for tr, va in GroupKFold(n_splits=5).split(X, y, df["store_id"]):
    m = lgb.LGBMRegressor(objective="gamma", n_estimators=800, learning_rate=0.03,
                          num_leaves=31, min_child_samples=20, verbose=-1)
    m.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = m.predict(X.iloc[va])

print(f"CV MAE : {mean_absolute_error(y, oof):,.1f}")
print(f"CV R2  : {r2_score(y, oof):.4f}")
print(f"CV WAPE: {np.abs(y - oof).sum() / y.sum():.4f}")

final = lgb.LGBMRegressor(objective="gamma", n_estimators=800, learning_rate=0.03,
                          num_leaves=31, min_child_samples=20, verbose=-1).fit(X, y)
pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict(test[features])}).to_csv(
    "predictions.csv", index=False)
