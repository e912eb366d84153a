"""Motor claim severity - take-home.

Model: LightGBM (log target) inside a scikit-learn pipeline.
Validation: shuffled 5-fold cross-validation, same folds for the baseline.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "claim_cost"
GROUP = "policyholder_id"
DROP = ["claim_id", GROUP, TARGET, "reserve_at_close", "paid_to_date"]
CATEGORICAL = ["vehicle_type", "region", "incident_type", "police_report"]

claims = pd.read_csv("train.csv")
print(claims.shape, "claims from", claims[GROUP].nunique(), "policyholders")
print(claims[TARGET].describe(percentiles=[0.5, 0.9, 0.99]).round(0))
print(claims.groupby("incident_type")[TARGET].median().sort_values())

claims["young_driver"] = (claims["driver_age"] < 25).astype(int)
claims["injury_claim"] = (claims["injuries"] > 0).astype(int)
claims["deductible_to_premium"] = claims["policy_deductible"] / claims["annual_premium"]

X = claims.drop(columns=DROP)
y = claims[TARGET]
groups = claims[GROUP]
numeric = [c for c in X.columns if c not in CATEGORICAL]

prep = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=25), CATEGORICAL),
    ("num", "passthrough", numeric),
])
lgbm = LGBMRegressor(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                     subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
model = Pipeline([
    ("prep", prep),
    ("reg", TransformedTargetRegressor(regressor=lgbm, func=np.log1p, inverse_func=np.expm1)),
])
baseline = Pipeline([("prep", prep), ("reg", DummyRegressor(strategy="median"))])

cv = KFold(n_splits=5, shuffle=True, random_state=7)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error"}

results = {}
for name, est in [("median baseline", baseline), ("lightgbm", model)]:
    res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring, n_jobs=-1)
    results[name] = {"MAE": -res["test_mae"].mean(), "MAE_sd": res["test_mae"].std(),
                     "RMSE": -res["test_rmse"].mean()}
print(pd.DataFrame(results).T.round(1))

model.fit(X, y)
test = pd.read_csv("test.csv")
test["young_driver"] = (test["driver_age"] < 25).astype(int)
test["injury_claim"] = (test["injuries"] > 0).astype(int)
test["deductible_to_premium"] = test["policy_deductible"] / test["annual_premium"]
preds = model.predict(test.drop(columns=[c for c in DROP if c in test.columns]))
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.clip(preds, 0, None)}).to_csv(
    "predictions.csv", index=False)
print("saved predictions.csv")
