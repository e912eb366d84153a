"""Home claim severity: Gamma GLM with univariate feature selection.

Selection, scaling and encoding are all pipeline steps, so 5-fold cross-validation refits them
on each training fold. A mean-only DummyRegressor is scored on the same folds for reference.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import GammaRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(claims.shape, test.shape)

NUM = ["property_age", "rebuild_value", "sum_insured_contents", "notification_lag_days",
       "policy_tenure", "excess", "occupants"]
CAT = ["peril", "construction", "roof_type", "region", "flood_zone"]


def add_features(d):
    d = d.copy()
    d["rebuild_value"] = np.log1p(d.rebuild_value)
    d["sum_insured_contents"] = np.log1p(d.sum_insured_contents)
    d["notification_lag_days"] = d.notification_lag_days.clip(upper=180)
    return d


claims = add_features(claims)
test = add_features(test)
X, y = claims[NUM + CAT], claims.claim_cost

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False), CAT),
])

results = {}
cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"gamma_dev": "neg_mean_gamma_deviance", "mae": "neg_mean_absolute_error"}
for k in [10, 20, "all"]:
    pipe = Pipeline([
        ("pre", pre),
        ("select", SelectKBest(f_regression, k=k)),
        ("glm", GammaRegressor(alpha=0.005, max_iter=2000)),
    ])
    res = cross_validate(pipe, X, y, cv=cv, scoring=scoring)
    results[f"glm_k{k}"] = {m: -res["test_" + m].mean() for m in scoring}

res = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring=scoring)
results["baseline_mean"] = {m: -res["test_" + m].mean() for m in scoring}

table = pd.DataFrame(results).T.sort_values("gamma_dev")
print(table.round(4))

best_k = table.drop(index="baseline_mean").index[0].split("_k")[1]
best_k = best_k if best_k == "all" else int(best_k)
print("using k =", best_k)

final = Pipeline([
    ("pre", pre),
    ("select", SelectKBest(f_regression, k=best_k)),
    ("glm", GammaRegressor(alpha=0.005, max_iter=2000)),
])
final.fit(X, y)
mask = final.named_steps["select"].get_support()
names = final.named_steps["pre"].get_feature_names_out()[mask]
print(pd.Series(final.named_steps["glm"].coef_, index=names).sort_values().round(3))

pd.DataFrame({"claim_id": test.claim_id, "prediction": final.predict(test[NUM + CAT])}).to_csv(
    "predictions.csv", index=False)
