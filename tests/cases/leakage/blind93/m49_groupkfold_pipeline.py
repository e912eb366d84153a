"""Math scores: sklearn pipelines evaluated with GroupKFold on schools.

All preprocessing (imputation, scaling, one-hot encoding) lives inside the pipeline, so each fold
refits it on the training schools only. A DummyRegressor is run through the same CV as the baseline.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "math_score"
NUM = ["prior_score", "ses_index", "hours_homework", "class_size"]
CAT = ["gender", "school_type", "free_lunch"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = train[NUM + CAT]
y = train[TARGET]
groups = train["school_id"]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
])

candidates = {
    "baseline_dummy": Pipeline([("pre", pre), ("m", DummyRegressor())]),
    "ridge": Pipeline([("pre", pre), ("m", Ridge(alpha=10.0))]),
    "random_forest": Pipeline([("pre", pre), ("m", RandomForestRegressor(
        n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0))]),
}

cv = GroupKFold(n_splits=5)
summary = {}
for name, pipe in candidates.items():
    res = cross_validate(pipe, X, y, cv=cv, groups=groups,
                         scoring={"rmse": "neg_root_mean_squared_error", "r2": "r2"})
    summary[name] = {"rmse": -res["test_rmse"].mean(), "rmse_sd": res["test_rmse"].std(),
                     "r2": res["test_r2"].mean()}
summary = pd.DataFrame(summary).T.sort_values("rmse")
print(summary.round(3))

best_name = summary.drop(index="baseline_dummy").index[0]
print("using", best_name)
best = candidates[best_name].fit(X, y)
pd.DataFrame({"student_id": test["student_id"],
              "prediction": best.predict(test[NUM + CAT])}).to_csv("predictions.csv", index=False)
