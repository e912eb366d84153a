# motor_updrs prediction -- feature selection + ridge
# author: candidate 0412

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler, PolynomialFeatures
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupKFold, cross_validate

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

ID, GROUP, TARGET = "recording_id", "subject_id", "motor_updrs"
base_cols = [c for c in train.columns if c not in (ID, GROUP, TARGET, "total_updrs")]

X = train[base_cols]
y = train[TARGET].values
groups = train[GROUP].values

# pairwise interactions of the dysphonia measures -> lots of columns, keep the best 25.
# selection lives inside the pipeline so every fold picks its own 25
model = Pipeline([
    ("poly", PolynomialFeatures(degree=2, include_bias=False)),
    ("kbest", SelectKBest(score_func=f_regression, k=25)),
    ("scale", StandardScaler()),
    ("ridge", Ridge(alpha=3.0)),
])
cv = GroupKFold(n_splits=5)
scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}

res_model = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring,
                           return_estimator=True)
res_dummy = cross_validate(DummyRegressor(), X, y, groups=groups, cv=cv, scoring=scoring)

for label, res in [("dummy", res_dummy), ("ridge+kbest", res_model)]:
    print(f"{label:12s} MAE {-res['test_mae'].mean():6.3f}  R2 {res['test_r2'].mean():6.3f}")

# how stable is the selection across folds?
names = res_model["estimator"][0].named_steps["poly"].get_feature_names_out(base_cols)
for i, est in enumerate(res_model["estimator"]):
    kept = names[est.named_steps["kbest"].get_support()]
    print(i, sorted(kept)[:6], "...")

# final
model.fit(X, y)
out = pd.DataFrame({ID: test[ID], "prediction": model.predict(test[base_cols])})
out.to_csv("predictions.csv", index=False)
