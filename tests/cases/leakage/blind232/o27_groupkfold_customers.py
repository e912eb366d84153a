# churn-snapshots take-home
# Several snapshots per customer -> a plain KFold would put the same customer in train and
# validation. GroupKFold on customer_id keeps every customer in exactly one fold.

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
num_cols = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
cat_cols = ["plan"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, train.customer_id.nunique(), "customers")
print("snapshots per customer:", train.groupby("customer_id").size().describe().round(2).to_dict())

X = train[num_cols + cat_cols]
y = train[TARGET]
groups = train["customer_id"]


def prep(scale=True):
    num = make_pipeline(SimpleImputer(strategy="median"), StandardScaler()) if scale \
        else SimpleImputer(strategy="median")
    return make_column_transformer(
        (num, num_cols),
        (OneHotEncoder(handle_unknown="ignore"), cat_cols),
    )


candidates = {
    "dummy (baseline)": make_pipeline(prep(False), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(prep(), LogisticRegression(class_weight="balanced", max_iter=2000)),
    "logreg_l1": make_pipeline(prep(), LogisticRegression(penalty="l1", solver="liblinear", C=0.2,
                                                          class_weight="balanced")),
    "rf": make_pipeline(prep(False), RandomForestClassifier(n_estimators=300, min_samples_leaf=25,
                                                            class_weight="balanced_subsample",
                                                            n_jobs=-1, random_state=1)),
}

gkf = GroupKFold(n_splits=5)
scoring = {"auc": "roc_auc", "ap": "average_precision", "bal_acc": "balanced_accuracy"}

results = {}
for name, pipe in candidates.items():
    cv = cross_validate(pipe, X, y, groups=groups, cv=gkf, scoring=scoring, n_jobs=-1)
    results[name] = {m: f"{cv['test_' + m].mean():.4f} ± {cv['test_' + m].std():.4f}" for m in scoring}
    print(name, results[name])

print(pd.DataFrame(results).T)

# sanity check: no customer in two folds
for k, (a, b) in enumerate(gkf.split(X, y, groups)):
    assert not set(groups.iloc[a]) & set(groups.iloc[b]), k
print("folds are customer-disjoint")

best = candidates["rf"].fit(X, y)
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "churn_probability": best.predict_proba(test[num_cols + cat_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
