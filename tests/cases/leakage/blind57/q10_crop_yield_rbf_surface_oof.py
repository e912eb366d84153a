# Yield = regional trend (RBF surface of neighbouring yields) + local agronomy (random forest).
#
# The surface for a validation field must come from training fields only, and the
# surface feature for training fields is built out-of-fold inside the training part
# (otherwise the forest learns that the surface equals the answer).
import numpy as np
import pandas as pd
from scipy.interpolate import Rbf
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, train_test_split
from sklearn.metrics import mean_squared_error, r2_score

RNG = 11
COVARIATES = ["soil_ph", "organic_matter_pct", "clay_pct", "sand_pct", "elevation_m",
              "slope_deg", "gdd", "precip_mm", "ndvi_jun", "ndvi_jul", "ndvi_aug",
              "n_rate_kg_ha", "seeding_rate_k", "irrigated"]
FEATURES = COVARIATES + ["yield_surface", "x_km", "y_km"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

LAT0, LON0 = 42.0, -93.5  # fixed projection origin (study-region centre)


def add_xy(df):
    df = df.copy()
    df["x_km"] = (df.lon - LON0) * 111.32 * np.cos(np.radians(LAT0))
    df["y_km"] = (df.lat - LAT0) * 110.57
    return df


def surface(ref, query):
    rbf = Rbf(ref.x_km, ref.y_km, ref.yield_t_ha, function="thin_plate", smooth=0.5)
    return rbf(query.x_km, query.y_km)


def oof_surface(ref, n_splits=5):
    """Surface value for each reference field from the other folds only."""
    out = np.zeros(len(ref))
    for a, b in KFold(n_splits, shuffle=True, random_state=RNG).split(ref):
        out[b] = surface(ref.iloc[a], ref.iloc[b])
    return out


def make_sets(tr, other):
    tr = tr.copy()
    other = other.copy()
    tr["yield_surface"] = oof_surface(tr)
    other["yield_surface"] = surface(tr, other)
    return tr, other


train = add_xy(train)
test = add_xy(test)

tr, va = train_test_split(train, test_size=0.25, random_state=RNG)
tr, va = make_sets(tr, va)

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, max_features=0.5,
                           n_jobs=-1, random_state=RNG)
rf.fit(tr[FEATURES].fillna(-1), tr.yield_t_ha)
pred = rf.predict(va[FEATURES].fillna(-1))

rmse = mean_squared_error(va.yield_t_ha, pred) ** 0.5
print(f"validation RMSE = {rmse:.3f}  R2 = {r2_score(va.yield_t_ha, pred):.3f}")

# reference points: the training mean, and the RBF surface on its own
mean_rmse = mean_squared_error(va.yield_t_ha, np.full(len(va), tr.yield_t_ha.mean())) ** 0.5
surf_rmse = mean_squared_error(va.yield_t_ha, va.yield_surface) ** 0.5
print(f"baseline (train mean) RMSE = {mean_rmse:.3f}")
print(f"RBF surface only RMSE      = {surf_rmse:.3f}")

imp = pd.Series(rf.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.round(3).to_string())

full_tr, test_f = make_sets(train, test)
rf.fit(full_tr[FEATURES].fillna(-1), full_tr.yield_t_ha)
pd.DataFrame({"field_id": test_f.field_id,
              "prediction": rf.predict(test_f[FEATURES].fillna(-1))}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test_f))
