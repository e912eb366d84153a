"""Crop yield take-home.

Approach: yield is strongly spatially autocorrelated (same soils, same weather,
same farm management), so on top of the agronomic covariates I add the
distance-weighted yield of the K nearest neighbouring fields (haversine BallTree).
Model: LightGBM, 5-fold CV.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.neighbors import BallTree
from sklearn.model_selection import KFold
from sklearn.metrics import mean_squared_error, r2_score

EARTH_R_KM = 6371.0
K = 8
SEED = 7

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", train.shape, "test", test.shape)


def neighbour_yield(ref_latlon, ref_y, query_latlon, k, exclude_self):
    """IDW mean / spread of yield among the k nearest reference fields."""
    tree = BallTree(np.radians(ref_latlon), metric="haversine")
    kq = k + 1 if exclude_self else k
    dist, idx = tree.query(np.radians(query_latlon), k=kq)
    if exclude_self:
        dist, idx = dist[:, 1:], idx[:, 1:]
    dist_km = dist * EARTH_R_KM
    w = 1.0 / (dist_km + 0.5)
    vals = ref_y[idx]
    idw = (vals * w).sum(axis=1) / w.sum(axis=1)
    return idw, vals.std(axis=1), dist_km.mean(axis=1)


def agronomy_features(df):
    out = df.copy()
    out["ndvi_peak"] = out[["ndvi_jun", "ndvi_jul", "ndvi_aug"]].max(axis=1)
    out["ndvi_drop"] = out["ndvi_jul"] - out["ndvi_aug"]
    out["silt_pct"] = 100 - out["clay_pct"] - out["sand_pct"]
    out["p_over_gdd"] = out["precip_mm"] / out["gdd"].clip(lower=1)
    out["irrigated"] = out["irrigated"].astype(int)
    return out


train = agronomy_features(train)
test = agronomy_features(test)

latlon = train[["lat", "lon"]].to_numpy()
y_all = train["yield_t_ha"].to_numpy()

# spatial context: neighbouring fields' yields
nb = neighbour_yield(latlon, y_all, latlon, K, exclude_self=True)
train["nb_yield"], train["nb_yield_std"], train["nb_dist_km"] = nb
nb_test = neighbour_yield(latlon, y_all, test[["lat", "lon"]].to_numpy(), K, exclude_self=False)
test["nb_yield"], test["nb_yield_std"], test["nb_dist_km"] = nb_test

CATS = ["soil_type", "region", "hybrid_maturity"]
train = pd.get_dummies(train, columns=CATS, dtype=float)
test = pd.get_dummies(test, columns=CATS, dtype=float)
prefixes = tuple(f"{col}_" for col in CATS)
dummy_cols = [c for c in train.columns if c.startswith(prefixes)]
test = test.reindex(columns=list(test.columns) + [c for c in dummy_cols if c not in test.columns], fill_value=0)

features = [
    "lat", "lon", "soil_ph",
    "organic_matter_pct", "clay_pct", "sand_pct", "silt_pct", "elevation_m",
    "slope_deg", "gdd", "precip_mm", "p_over_gdd", "ndvi_jun", "ndvi_jul",
    "ndvi_aug", "ndvi_peak", "ndvi_drop", "n_rate_kg_ha", "seeding_rate_k",
    "irrigated", *dummy_cols, "nb_yield", "nb_yield_std", "nb_dist_km",
]

params = dict(
    n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=20,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=SEED, verbose=-1,
)

kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
base_oof = np.zeros(len(train))
for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
    tr, va = train.iloc[tr_idx], train.iloc[va_idx]
    m = lgb.LGBMRegressor(**params)
    m.fit(tr[features], tr["yield_t_ha"])
    oof[va_idx] = m.predict(va[features])
    base_oof[va_idx] = tr["yield_t_ha"].mean()
    fold_rmse = mean_squared_error(va["yield_t_ha"], oof[va_idx]) ** 0.5
    print(f"fold {fold}: RMSE {fold_rmse:.3f}")

rmse = mean_squared_error(y_all, oof) ** 0.5
base_rmse = mean_squared_error(y_all, base_oof) ** 0.5
print(f"CV RMSE {rmse:.3f}  R2 {r2_score(y_all, oof):.3f}")
print(f"baseline (training-fold mean) RMSE {base_rmse:.3f}")

final = lgb.LGBMRegressor(**params).fit(train[features], train["yield_t_ha"])
imp = pd.Series(final.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

pd.DataFrame({"field_id": test["field_id"], "prediction": final.predict(test[features])}).to_csv(
    "predictions.csv", index=False
)
