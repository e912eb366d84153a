import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

pd.options.display.width = 120

# Claim cost: linear model with a univariate filter on one-hot + numeric features.

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

for d in (train, test):
    d["claim_date"] = pd.to_datetime(d["claim_date"])
    d["policy_start_date"] = pd.to_datetime(d["policy_start_date"])
    d["tenure_days"] = (d["claim_date"] - d["policy_start_date"]).dt.days
    d["claim_q"] = d["claim_date"].dt.quarter
    d["log_estimate"] = np.log1p(d["repair_shop_estimate"])
    d["young_driver"] = (d["driver_age"] < 25).astype(int)

cat_cols = ["claim_type", "region", "police_report", "injury_flag", "claim_q"]
num_cols = ["vehicle_age", "driver_age", "policy_premium", "deductible",
            "num_prior_claims", "log_estimate", "tenure_days", "young_driver"]

X = pd.get_dummies(train[cat_cols + num_cols], columns=cat_cols, dtype=float)
X_test = pd.get_dummies(test[cat_cols + num_cols], columns=cat_cols, dtype=float)
X_test = X_test.reindex(columns=X.columns, fill_value=0.0)
y = train["claim_cost"]
groups = train["policy_id"]
print("design matrix:", X.shape)

cv = GroupKFold(n_splits=5)


def ridge_pipe(k):
    return TransformedTargetRegressor(
        regressor=Pipeline([
            ("impute", SimpleImputer(strategy="median")),
            ("kbest", SelectKBest(f_regression, k=k)),
            ("scale", StandardScaler()),
            ("ridge", RidgeCV(alphas=np.logspace(-3, 3, 13))),
        ]),
        func=np.log1p, inverse_func=np.expm1)


base = cross_val_score(DummyRegressor(strategy="mean"), X, y, groups=groups,
                       cv=cv, scoring="neg_mean_absolute_error")
print(f"DummyRegressor(mean) MAE: {-base.mean():.1f}")

results = {}
for k in (10, 15, 20, 30, "all"):
    scores = cross_val_score(ridge_pipe(k), X, y, groups=groups, cv=cv,
                             scoring="neg_mean_absolute_error")
    results[k] = -scores.mean()
    print(f"k={k!s:>4}  CV MAE: {results[k]:.1f} (+/- {scores.std():.1f})")

best_k = min(results, key=results.get)
print("best k by grouped CV:", best_k)

final = ridge_pipe(best_k).fit(X, y)
kept = X.columns[final.regressor_.named_steps["kbest"].get_support()]
print("kept features:", list(kept))

pred = np.clip(final.predict(X_test), 0, None)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False)
