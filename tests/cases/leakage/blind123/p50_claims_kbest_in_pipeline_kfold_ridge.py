"""Motor claims - predict claim_amount.

Ridge / gradient boosting on a log-transformed target, F-test feature selection as a
pipeline step, compared to the mean predictor with 5-fold CV.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
claims = pd.read_csv("train.csv")
new_claims = pd.read_csv("test.csv")
print(claims.shape, new_claims.shape)
print(claims[TARGET].describe())

CATS = ["region", "vehicle_type", "incident_type", "police_report"]
exclude = [TARGET, ID, *task["leaky_columns"], "claim_date"]


def design(frame):
    out = pd.get_dummies(frame.drop(columns=[c for c in exclude if c in frame.columns]), columns=CATS, dtype=float)
    out["log_repair_estimate"] = np.log1p(out["repair_estimate"])
    return out


X = design(claims)
y = claims[TARGET].to_numpy()
print("candidate features:", X.shape[1])


def log_target(regressor):
    return TransformedTargetRegressor(regressor=regressor, func=np.log1p, inverse_func=np.expm1)


cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}
models = {
    "mean baseline": DummyRegressor(strategy="mean"),
    "ridge(log y)": log_target(make_pipeline(SimpleImputer(strategy="median"), SelectKBest(f_regression, k=15),
                                             StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 12)))),
    "hgb(log y)": log_target(make_pipeline(SimpleImputer(strategy="median"), SelectKBest(f_regression, k=15),
                                           HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05,
                                                                         random_state=0))),
}
table = {}
for name, model in models.items():
    r = cross_validate(model, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    table[name] = {"MAE": -r["test_mae"].mean(), "RMSE": -r["test_rmse"].mean(), "R2": r["test_r2"].mean()}
table = pd.DataFrame(table).T
print(table.round(3))

best = table.drop(index="mean baseline")["MAE"].idxmin()
final = models[best].fit(X, y)
selector = final.regressor_.named_steps["selectkbest"]
print("selected:", list(X.columns[selector.get_support()]))
X_new = design(new_claims).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({ID: new_claims[ID], "prediction": final.predict(X_new)}).to_csv("predictions.csv", index=False)
