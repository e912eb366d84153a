# Length of stay - encode the high-cardinality codes (DRG ~ 700 values, facility ~ 300)
# by their average LOS, with smoothing towards the overall mean, then a boosted model.
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor

adm = pd.read_csv("train.csv", dtype={"drg_code": str, "facility_id": str})
adm = adm.drop(columns=["discharge_date", "discharge_disposition", "total_charges"])
print(adm.shape, adm["drg_code"].nunique(), "DRGs", adm["facility_id"].nunique(), "facilities")

SMOOTH = 30
global_mean = adm["los_days"].mean()


def smoothed_mean(frame, col):
    stats = frame.groupby(col)["los_days"].agg(["mean", "count"])
    enc = (stats["mean"] * stats["count"] + global_mean * SMOOTH) / (stats["count"] + SMOOTH)
    return frame[col].map(enc).fillna(global_mean)


adm["drg_los"] = smoothed_mean(adm, "drg_code")
adm["facility_los"] = smoothed_mean(adm, "facility_id")
adm["icd3"] = adm["primary_dx"].str[:3]
adm["icd3_los"] = smoothed_mean(adm, "icd3")

cat_cols = ["admit_type", "admit_source", "mdc", "plan_type"]
num_cols = ["drg_los", "facility_los", "icd3_los", "age", "n_secondary_dx", "n_procedures",
            "charlson_index", "prior_admits_12m", "facility_beds", "weekend_admit"]

X = adm[cat_cols + num_cols]
y = adm["los_days"]

model = make_pipeline(
    make_column_transformer((OneHotEncoder(handle_unknown="ignore"), cat_cols),
                            remainder="passthrough", sparse_threshold=0),
    HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=8),
)

cv = KFold(5, shuffle=True, random_state=8)
mae_model = -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_absolute_error")
mae_dummy = -cross_val_score(DummyRegressor(), X, y, cv=cv, scoring="neg_mean_absolute_error")

print("MAE model :", mae_model.mean().round(3), mae_model.round(3))
print("MAE dummy :", mae_dummy.mean().round(3))
