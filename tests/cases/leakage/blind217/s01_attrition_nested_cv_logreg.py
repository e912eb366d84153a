"""Attrition take-home: regularised logistic regression evaluated with nested CV.

Outer loop gives the performance estimate, inner loop picks C / penalty.
The final model (refit on all of train.csv) is only used to write predictions.csv.
"""
import numpy as np
import pandas as pd

from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 17
TARGET = "attrited"
ID_COL = "employee_id"
# only known once somebody is already on the way out -> never a feature
POST_OUTCOME = ["exit_interview_scheduled", "offboarding_ticket_count"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print("attrition rate: %.3f" % train[TARGET].mean())

X = train.drop(columns=[TARGET, ID_COL] + POST_OUTCOME)
y = train[TARGET].astype(int)

cat_cols = X.select_dtypes(include="object").columns.tolist()
num_cols = [c for c in X.columns if c not in cat_cols]
print("categorical:", cat_cols)
print("numeric:", num_cols)


def make_preprocessor():
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20)),
    ])
    return ColumnTransformer([
        ("num", numeric, num_cols),
        ("cat", categorical, cat_cols),
    ])


pipe = Pipeline([
    ("prep", make_preprocessor()),
    ("clf", LogisticRegression(max_iter=5000, solver="saga", class_weight="balanced")),
])

param_grid = {
    "clf__C": np.logspace(-3, 1, 9),
    "clf__penalty": ["l1", "l2"],
}

inner_cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=RANDOM_STATE)
outer_cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE + 1)

search = GridSearchCV(pipe, param_grid, scoring="roc_auc", cv=inner_cv, n_jobs=-1)

scoring = {"roc_auc": "roc_auc", "avg_precision": "average_precision", "brier": "neg_brier_score"}

nested = cross_validate(search, X, y, cv=outer_cv, scoring=scoring,
                        return_estimator=True, n_jobs=1)

baseline = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=outer_cv, scoring=scoring)


def summarise(res, name):
    out = {}
    for key in scoring:
        vals = res["test_" + key]
        if key == "brier":
            vals = -vals
        out[key] = (vals.mean(), vals.std())
        print(f"{name:>10s}  {key:>14s}: {vals.mean():.3f} +/- {vals.std():.3f}")
    return out


print("\nNested CV (outer 5 folds)")
nested_summary = summarise(nested, "logreg")
base_summary = summarise(baseline, "baseline")

# which hyper-parameters did the inner loop pick per outer fold? stability check
for i, est in enumerate(nested["estimator"]):
    print(f"outer fold {i}: best params {est.best_params_}, inner AUC {est.best_score_:.3f}")

chosen_C = [est.best_params_["clf__C"] for est in nested["estimator"]]
print("spread of chosen C:", np.round(chosen_C, 4))

# --- final model for the submission --------------------------------------
# refit the whole search on all labelled rows; its score is NOT reported,
# the nested CV numbers above are the estimate.
search.fit(X, y)
print("final params:", search.best_params_)

coefs = search.best_estimator_.named_steps["clf"].coef_.ravel()
names = search.best_estimator_.named_steps["prep"].get_feature_names_out()
top = pd.Series(coefs, index=names).sort_values(key=np.abs, ascending=False).head(15)
print(top)

X_sub = test.drop(columns=[ID_COL] + [c for c in POST_OUTCOME if c in test.columns])
pred = search.predict_proba(X_sub)[:, 1]
pd.DataFrame({ID_COL: test[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(pred))
