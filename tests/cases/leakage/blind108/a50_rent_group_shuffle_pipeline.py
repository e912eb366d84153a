"""Apartment rent - HistGradientBoosting in a pipeline.

Holdout: 20% of buildings (GroupShuffleSplit on building_id), so no building contributes
listings to both sides. Compared with a median-rent DummyRegressor. Metric: MAE.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, median_absolute_error
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]
LEAKY = set(task.get("leaky_columns", []))

CAT = ["neighborhood", "energy_label"]
NUM = ["floor_area_sqm", "rooms", "floor", "year_built", "has_balcony", "has_elevator",
       "distance_to_center_km"]
assert not LEAKY & set(CAT + NUM)

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape, "buildings:", train[GROUP].nunique())


def pipeline():
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False), CAT),
    ])
    return Pipeline([
        ("pre", pre),
        ("hgb", HistGradientBoostingRegressor(loss="absolute_error", learning_rate=0.05,
                                              max_iter=500, max_leaf_nodes=31, random_state=3)),
    ])


gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr_idx, ho_idx = next(gss.split(train, groups=train[GROUP]))
fit_part, holdout = train.iloc[tr_idx], train.iloc[ho_idx]
print("fit rows", len(fit_part), "holdout rows", len(holdout))

model = pipeline().fit(fit_part[NUM + CAT], fit_part[TARGET])
pred = model.predict(holdout[NUM + CAT])
dummy = DummyRegressor(strategy="median").fit(fit_part[NUM + CAT], fit_part[TARGET])
pred0 = dummy.predict(holdout[NUM + CAT])

print(f"holdout MAE     model {mean_absolute_error(holdout[TARGET], pred):.1f}   median {mean_absolute_error(holdout[TARGET], pred0):.1f}")
print(f"holdout MedAE   model {median_absolute_error(holdout[TARGET], pred):.1f}")

final = pipeline().fit(train[NUM + CAT], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict(test[NUM + CAT])}).to_csv(
    "predictions.csv", index=False)
