# Length of stay - encode the high-cardinality codes (DRG ~ 700 values, facility ~ 300)
# by their average LOS, with smoothing towards the overall mean, then a boosted model.
# sklearn's TargetEncoder cross-fits inside fit_transform, and being in the pipeline it is
# refit on each CV training fold.
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, TargetEncoder
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor

adm = pd.read_csv("train.csv", dtype={"drg_code": str, "facility_id": str})
adm = adm.drop(columns=["discharge_date", "discharge_disposition", "total_charges"])
print(adm.shape, adm["drg_code"].nunique(), "DRGs", adm["facility_id"].nunique(), "facilities")

global_mean = adm["los_days"].mean()     # just for reference
print("overall mean LOS:", round(global_mean, 2))

adm["icd3"] = adm["primary_dx"].str[:3]

te_cols = ["drg_code", "facility_id", "icd3"]
cat_cols = ["admit_type", "admit_source", "mdc", "plan_type"]
num_cols = ["age", "n_secondary_dx", "n_procedures",
            "charlson_index", "prior_admits_12m", "facility_beds", "weekend_admit"]

X = adm[te_cols + cat_cols + num_cols]
y = adm["los_days"]

model = make_pipeline(
    make_column_transformer((TargetEncoder(target_type="continuous", smooth=30.0), te_cols),
                            (OneHotEncoder(handle_unknown="ignore"), cat_cols),
                            remainder="passthrough", sparse_threshold=0),
    HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=8),
)

cv = KFold(5, shuffle=True, random_state=8)
mae_model = -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_absolute_error")
mae_dummy = -cross_val_score(DummyRegressor(), X, y, cv=cv, scoring="neg_mean_absolute_error")

print("MAE model :", mae_model.mean().round(3), mae_model.round(3))
print("MAE dummy :", mae_dummy.mean().round(3))
