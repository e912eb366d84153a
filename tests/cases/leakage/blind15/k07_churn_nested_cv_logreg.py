"""
Nested cross-validation for the churn model.

Outer loop: unbiased estimate of generalisation performance.
Inner loop: chooses C and the class weighting.
All preprocessing lives inside the pipeline so that each fold refits it.
"""
import warnings
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler, SplineTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, GridSearchCV, cross_validate

warnings.filterwarnings("ignore", category=UserWarning)

df = pd.read_csv("train.csv")
y = df["churned_next_month"].to_numpy()
print("n =", len(df), "positive rate =", y.mean().round(4))

num = ["monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
spline = ["tenure_months"]           # churn is U-shaped in tenure
binary = ["has_discount"]
cat = ["plan", "region"]
X = df[num + spline + binary + cat]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("spl", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("spl", SplineTransformer(n_knots=5, degree=3))]), spline),
    ("bin", "passthrough", binary),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
])
pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=5000, solver="lbfgs"))])

grid = {
    "lr__C": np.logspace(-3, 1, 9),
    "lr__class_weight": [None, "balanced"],
}

inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=1)
outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)

search = GridSearchCV(pipe, grid, scoring="average_precision", cv=inner, n_jobs=-1)
nested = cross_validate(search, X, y, cv=outer,
                        scoring={"ap": "average_precision", "auc": "roc_auc", "brier": "neg_brier_score"},
                        return_estimator=True, n_jobs=1)

res = pd.DataFrame({k: v for k, v in nested.items() if k.startswith("test_")})
res["test_brier"] *= -1
print(res.round(4))
print(res.agg(["mean", "std"]).round(4))

# how stable is the inner choice across outer folds?
for i, est in enumerate(nested["estimator"]):
    print(i, est.best_params_, round(est.best_score_, 4))

# standard error of the mean across outer folds (optimistic, folds are not independent)
se = res["test_ap"].std(ddof=1) / np.sqrt(len(res))
print(f"AP = {res['test_ap'].mean():.3f} +/- {1.96 * se:.3f}")

# final model: the search refitted on all data
search.fit(X, y)
print("final params:", search.best_params_)
coefs = pd.Series(search.best_estimator_["lr"].coef_.ravel(),
                  index=search.best_estimator_["pre"].get_feature_names_out())
print(coefs.sort_values().round(3))

test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": search.predict_proba(test[num + spline + binary + cat])[:, 1]}
             ).to_csv("predictions.csv", index=False)
