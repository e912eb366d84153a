"""Churn take-home: rolling-origin validation that mimics the hidden test set
(later months, customers that never appear in train)."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

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
print("overall churn rate:", round(train[TARGET].mean(), 4))
print(train.groupby(TIME)[TARGET].agg(["mean", "size"]))


class RollingOriginNewCustomers(BaseCrossValidator):
    """Train on every month before the origin, score the origin month(s),
    keeping only customers that never appear in the training window."""

    def __init__(self, months, first_origin=5, horizon=1):
        self.months = np.asarray(months)
        self.first_origin = first_origin
        self.horizon = horizon

    def get_n_splits(self, X=None, y=None, groups=None):
        n_months = len(np.unique(self.months))
        return n_months - self.first_origin - self.horizon + 1

    def split(self, X, y=None, groups=None):
        uniq = np.unique(self.months)
        groups = np.asarray(groups)
        for k in range(self.first_origin, len(uniq) - self.horizon + 1):
            train_mask = self.months < uniq[k]
            test_mask = np.isin(self.months, uniq[k:k + self.horizon])
            seen = np.unique(groups[train_mask])
            test_mask &= ~np.isin(groups, seen)
            yield np.flatnonzero(train_mask), np.flatnonzero(test_mask)


num_cols = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
            "support_tickets_30d", "payment_failures_90d", "has_discount"]
cat_cols = ["plan", "region"]
features = num_cols + cat_cols
assert not set(features) & set(LEAKY + [TARGET, ID, GROUP])

X = train[features]
y = train[TARGET].to_numpy()
groups = train[GROUP].to_numpy()
cv = RollingOriginNewCustomers(train[TIME].to_numpy(), first_origin=5)

for i, (tr, te) in enumerate(cv.split(X, y, groups)):
    print(f"fold {i}: train={len(tr)} test={len(te)} test churn={y[te].mean():.4f}")


def make_pre(scale=True):
    num = StandardScaler() if scale else "passthrough"
    return ColumnTransformer([
        ("num", num, num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
    ])


models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "logreg": Pipeline([("pre", make_pre()),
                        ("clf", LogisticRegression(max_iter=2000, C=0.5))]),
    "hgb": Pipeline([("pre", make_pre(scale=False)),
                     ("clf", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                            max_leaf_nodes=15, random_state=0))]),
}

rows = []
for name, model in models.items():
    res = cross_validate(model, X, y, groups=groups, cv=cv,
                         scoring=["roc_auc", "average_precision"])
    rows.append({
        "model": name,
        "roc_auc": res["test_roc_auc"].mean(),
        "roc_auc_std": res["test_roc_auc"].std(),
        "ap": res["test_average_precision"].mean(),
    })
summary = pd.DataFrame(rows).sort_values("roc_auc", ascending=False)
print(summary.to_string(index=False))

best_name = summary.iloc[0]["model"]
final = models[best_name]
final.fit(X, y)
pred = final.predict_proba(test[features])[:, 1]
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions with", best_name)
