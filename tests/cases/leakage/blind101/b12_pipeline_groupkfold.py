"""Claim severity: sklearn Pipeline (impute + encode + LightGBM), policy-grouped CV.

All preprocessing lives in the Pipeline, so cross_validate refits it on each
training fold.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

CAT = ["vehicle_class", "region", "claim_type", "incident_severity"]
NUM = ["vehicle_age", "driver_age", "n_prior_claims", "policy_tenure_years", "deductible",
       "annual_premium", "report_delay_days", "witness_present", "police_report"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X, y, groups = train[CAT + NUM], train["loss_amount"], train["policy_id"]

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), NUM),
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="constant", fill_value="missing")),
        ("ord", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)),
    ]), CAT),
])

gbm = LGBMRegressor(n_estimators=1000, learning_rate=0.03, num_leaves=48, min_child_samples=40,
                    subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
model = TransformedTargetRegressor(
    regressor=Pipeline([("prep", prep), ("gbm", gbm)]),
    func=np.log1p, inverse_func=np.expm1,
)

cv = GroupKFold(n_splits=5)
scoring = ["neg_mean_absolute_error", "neg_root_mean_squared_error"]

res_model = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring, n_jobs=-1)
res_base = cross_validate(DummyRegressor(strategy="median"), X, y, groups=groups, cv=cv, scoring=scoring)

for name, res in [("lgbm pipeline", res_model), ("median baseline", res_base)]:
    print(f"{name:16s} MAE {-res['test_neg_mean_absolute_error'].mean():10.1f} "
          f"(+/- {res['test_neg_mean_absolute_error'].std():.1f})  "
          f"RMSE {-res['test_neg_root_mean_squared_error'].mean():10.1f}")

model.fit(X, y)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": model.predict(test[CAT + NUM])}).to_csv(
    "predictions.csv", index=False)
