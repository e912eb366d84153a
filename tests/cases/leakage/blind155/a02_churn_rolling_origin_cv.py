"""Churn: rolling-origin evaluation by snapshot month with a de-duplication
guard on the validation side; final model refit on Jan-Sep."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task.get("leaky_columns", [])

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
train = train.sort_values([TIME, GROUP]).reset_index(drop=True)

print(train.shape, test.shape)
print("churn rate:", round(train[TARGET].mean(), 4))
print(train.groupby(TIME)[TARGET].agg(["mean", "size"]))
print("customers:", train[GROUP].nunique())
print("snapshots per customer:", train.groupby(GROUP).size().describe())

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]
FEATURES = NUM + CAT
assert not set(FEATURES) & set(LEAKY + [TARGET, ID])


class MonthlyForwardGroupSplit(BaseCrossValidator):
    """Expanding window over snapshot months; anything already used for
    training is removed from the validation month (keyed on `entity`)."""

    def __init__(self, months, entity, n_val_months=4):
        self.months = months
        self.entity = entity
        self.n_val_months = n_val_months

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_val_months

    def _iter_test_indices(self, X=None, y=None, groups=None):
        raise NotImplementedError  # split() is overridden

    def split(self, X, y=None, groups=None):
        months = np.asarray(self.months)
        entity = np.asarray(self.entity)
        cuts = np.sort(np.unique(months))[-self.n_val_months:]
        for cut in cuts:
            tr = np.where(months < cut)[0]
            va = np.where(months == cut)[0]
            va = va[~np.isin(entity[va], entity[tr])]
            yield tr, va


cv = MonthlyForwardGroupSplit(months=train[TIME].values, entity=train[ID].values)
for k, (tr, va) in enumerate(cv.split(train)):
    print(f"fold {k}: train={len(tr)} val={len(va)} "
          f"pos_rate_val={train.loc[va, TARGET].mean():.3f}")

pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
], remainder="passthrough")

model = Pipeline([
    ("pre", pre),
    ("gbm", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                           max_leaf_nodes=31, random_state=0)),
])
baseline = Pipeline([("pre", pre), ("dummy", DummyClassifier(strategy="prior"))])

X, y = train[FEATURES], train[TARGET]
scores = {}
for name, est in [("baseline_prior", baseline), ("hgb", model)]:
    res = cross_validate(est, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
    scores[name] = {m: res[f"test_{m}"].mean() for m in ["roc_auc", "average_precision"]}
    print(name, {m: round(v, 4) for m, v in scores[name].items()})

model.fit(X, y)
pred = model.predict_proba(test[FEATURES])[:, 1]
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
