"""
Groundwater nitrate - spatially blocked validation.

Wells are clustered into 12 spatial blocks with KMeans on their coordinates; each block
is held out in turn (GroupKFold over blocks), so the model is always tested on a
region it has not seen. Every sample of a well shares the well's coordinates, so a
well always sits in exactly one block.

Preprocessing (median imputation, scaling) lives in the pipeline, refitted per fold.
"""
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.neighbors import KNeighborsRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.metrics import mean_squared_error, r2_score

N_BLOCKS = 12

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# ---- spatial blocks: cluster unique well locations ------------------------------
wells = train.groupby("well_id")[["lat", "lon"]].first()
km = KMeans(n_clusters=N_BLOCKS, n_init=10, random_state=0).fit(wells[["lat", "lon"]])
wells["block"] = km.labels_
train["block"] = train.well_id.map(wells["block"])
print(train.groupby("block").agg(n_wells=("well_id", "nunique"), n_samples=("sample_id", "size")))

# ---- features ------------------------------------------------------------------
NUM = ["well_depth_m", "screen_top_m", "pct_cropland_1km", "pct_urban_1km",
       "dist_stream_m", "ec_us_cm", "ph", "do_mg_l", "temp_c"]


def design(d):
    X = d[NUM].copy()
    X["log_depth"] = np.log1p(d.well_depth_m)
    X["log_dist_stream"] = np.log1p(d.dist_stream_m)
    return pd.concat([X, pd.get_dummies(d[["land_use", "soil_drainage"]], dtype=float)], axis=1)


X = design(train)
X_test = design(test).reindex(columns=X.columns, fill_value=0)
y = np.log1p(train.nitrate_mg_l.values)

# ---- blocked CV ----------------------------------------------------------------
cv = GroupKFold(n_splits=6)
models = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "knn_k25": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                             KNeighborsRegressor(n_neighbors=25, weights="distance")),
    "rf": make_pipeline(SimpleImputer(strategy="median"),
                        RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=0)),
}
summary = {}
for name, model in models.items():
    oof = cross_val_predict(model, X, y, groups=train.block, cv=cv)
    obs, pred = np.expm1(y), np.expm1(oof)
    summary[name] = {
        "rmse_mg_l": mean_squared_error(obs, pred) ** 0.5,
        "r2": r2_score(obs, pred),
        "rmse_log": mean_squared_error(y, oof) ** 0.5,
    }
summary = pd.DataFrame(summary).T
print(summary.round(3))

# ---- submission: random forest ------------------------------------------------
rf = models["rf"].fit(X, y)
pd.DataFrame({"sample_id": test.sample_id, "prediction": np.expm1(rf.predict(X_test))}).to_csv(
    "predictions.csv", index=False)
