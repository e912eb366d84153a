import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_val_score

products = pd.read_csv("assortment_products.csv")
products = products[products["weeks_listed"] >= 8].reset_index(drop=True)
y = np.log1p(products["avg_weekly_units"])


def target_encode(frame, col, target, alpha=10):
    prior = target.mean()
    agg = target.groupby(frame[col]).agg(["mean", "count"])
    smooth = (agg["mean"] * agg["count"] + prior * alpha) / (agg["count"] + alpha)
    return frame[col].map(smooth)


enc_cols = {}
for col in ["category", "subcategory", "brand_tier", "shelf_zone"]:
    enc_cols[f"{col}_te"] = target_encode(products, col, y)
encoded = pd.DataFrame(enc_cols)

numeric = products[["list_price", "weeks_on_promo", "weeks_listed", "shelf_facings", "pack_size",
                    "shelf_life_days", "n_variants"]].copy()
numeric["log_price"] = np.log(numeric.pop("list_price"))
numeric["promo_share"] = numeric["weeks_on_promo"] / numeric["weeks_listed"]
numeric = numeric.fillna(-1)

X = pd.concat([numeric, encoded], axis=1)

kf = KFold(n_splits=5, shuffle=True, random_state=1)
rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, max_features=0.5, n_jobs=-1, random_state=1)
rf_mae = -cross_val_score(rf, X, y, cv=kf, scoring="neg_mean_absolute_error")
dummy_mae = -cross_val_score(DummyRegressor(), X, y, cv=kf, scoring="neg_mean_absolute_error")
rf_r2 = cross_val_score(rf, X, y, cv=kf, scoring="r2")

print(f"RF    MAE(log units) {rf_mae.mean():.4f} +- {rf_mae.std():.4f}   R2 {rf_r2.mean():.3f}")
print(f"Dummy MAE(log units) {dummy_mae.mean():.4f}")
