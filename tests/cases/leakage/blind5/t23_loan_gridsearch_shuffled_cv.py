"""Loan default model: tuned gradient boosting.

1. hold out the most recent applications of first-time borrowers
2. tune hyperparameters with 5-fold cross-validation on the older applications
3. report the holdout once, next to a prior-probability dummy
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "defaulted"
NUM = ["income", "loan_amount", "dti", "prior_loans", "employment_years", "installment_ratio"]
CAT = ["term", "grade"]
LEAKY = ["collections_status", "recovery_amount"]

raw = pd.read_csv("train.csv", parse_dates=["application_date"])
test = pd.read_csv("test.csv", parse_dates=["application_date"])

print(raw.shape, raw[TARGET].mean())
print(raw.groupby(raw.application_date.dt.year)[TARGET].agg(["mean", "count"]))
print(raw.groupby("term")[TARGET].mean())
print(raw.drop(columns=LEAKY).isna().mean().round(3))

for frame in (raw, test):
    frame["installment_ratio"] = frame["loan_amount"] / (frame["income"] / 12 + 1)
    frame["term"] = frame["term"].astype(str)

# ---- holdout ------------------------------------------------------------------
cut = raw.application_date.quantile(0.8)
older = raw[raw.application_date < cut]
newer = raw[raw.application_date >= cut]
newer = newer[~newer.borrower_id.isin(set(older.borrower_id))]
print(f"cut {cut.date()}: {len(older)} older rows, {len(newer)} newer rows from new borrowers")

X_old, y_old = older[NUM + CAT], older[TARGET]
X_new, y_new = newer[NUM + CAT], newer[TARGET]

pipe = Pipeline([
    ("enc", ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
        remainder="passthrough")),
    ("hgb", HistGradientBoostingClassifier(categorical_features=[0, 1], random_state=0)),
])

grid = {
    "hgb__learning_rate": [0.03, 0.1],
    "hgb__max_leaf_nodes": [15, 31, 63],
    "hgb__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(
    pipe, grid,
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=1),
    scoring="roc_auc", n_jobs=-1,
)
search.fit(X_old, y_old)
print("best params:", search.best_params_)
print("best CV ROC AUC: %.4f" % search.best_score_)

best = search.best_estimator_
p_model = best.predict_proba(X_new)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_old, y_old).predict_proba(X_new)[:, 1]
print("holdout  dummy  ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(y_new, p_dummy), average_precision_score(y_new, p_dummy)))
print("holdout  model  ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(y_new, p_model), average_precision_score(y_new, p_model)))

# ---- submission -----------------------------------------------------------------
best.fit(raw[NUM + CAT], raw[TARGET])
sub = pd.DataFrame({"application_id": test.application_id,
                    "prediction": best.predict_proba(test[NUM + CAT])[:, 1]})
assert sub.prediction.between(0, 1).all() and not np.isnan(sub.prediction).any()
sub.to_csv("predictions.csv", index=False)
