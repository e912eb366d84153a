"""Field-level maize yield from Sentinel-2 derived features (one row per field-season)."""
import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest, RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score

BANDS = ["ndvi_max", "ndvi_auc", "evi_max", "ndwi_mean", "lst_mean", "precip_sum", "gdd_sum"]

fields = pd.read_csv("data/field_seasons.csv")
fields = fields[fields["crop"] == "maize"].dropna(subset=["yield_t_ha"])
print(fields.shape)
print(fields[BANDS + ["yield_t_ha"]].describe().T.round(2))

fields["ndvi_peak_doy"] = fields["ndvi_peak_doy"].clip(120, 300)
fields["water_stress"] = np.where(fields["ndwi_mean"] < 0, 1, 0)
fields["heat_index"] = fields["lst_mean"] * fields["gdd_sum"] / 1000
fields["greenness_rank"] = fields["ndvi_auc"].rank(pct=True)
fields["band_spread"] = fields[["ndvi_max", "evi_max"]].max(axis=1) - fields[["ndvi_max", "evi_max"]].min(axis=1)

# cloud-contaminated composites look like outliers: score them and let the model use it
iso = IsolationForest(n_estimators=300, contamination="auto", random_state=9)
iso.fit(fields[BANDS])
fields["anomaly_score"] = iso.score_samples(fields[BANDS])

feature_cols = BANDS + ["ndvi_peak_doy", "water_stress", "heat_index", "greenness_rank",
                        "band_spread", "anomaly_score", "irrigated"]
X, y = fields[feature_cols], fields["yield_t_ha"]
strata = pd.qcut(y, q=5, labels=False)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=strata, random_state=9)

rf = RandomForestRegressor(n_estimators=600, min_samples_leaf=3, max_features=0.5, n_jobs=-1,
                           random_state=9, oob_score=True)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print("OOB R2", round(rf.oob_score_, 3))
print("test MAE t/ha", round(mean_absolute_error(y_test, pred), 3), " R2", round(r2_score(y_test, pred), 3))
print("mean baseline MAE", round(mean_absolute_error(y_test, np.full(len(y_test), y_train.mean())), 3))
print(pd.Series(rf.feature_importances_, index=feature_cols).sort_values(ascending=False).round(3))
