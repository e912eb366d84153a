"""Return-propensity model, nested evaluation with a forward, customer-disjoint
splitter usable anywhere scikit-learn expects a CV object."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GridSearchCV, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days"]
CAT = ["product_category", "brand", "size", "payment_method", "device"]
BOOL = ["is_gift"]


class ForwardCustomerSplit:
    """Each fold validates on one later time slice, using only customers absent from its training rows."""

    def __init__(self, n_splits=4, held_frac=0.3, time_col="order_date", group_col="customer_id", seed=0):
        self.n_splits, self.held_frac = n_splits, held_frac
        self.time_col, self.group_col, self.seed = time_col, group_col, seed

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits

    def split(self, X, y=None, groups=None):
        rng = np.random.default_rng(self.seed)
        t = X[self.time_col].to_numpy()
        g = X[self.group_col].to_numpy()
        edges = np.quantile(t.astype("datetime64[ns]").astype(np.int64), np.linspace(0.5, 1.0, self.n_splits + 1))
        t_int = t.astype("datetime64[ns]").astype(np.int64)
        uniq = np.unique(g)
        for lo, hi in zip(edges[:-1], edges[1:]):
            held = np.isin(g, rng.choice(uniq, int(len(uniq) * self.held_frac), replace=False))
            yield (np.flatnonzero((t_int < lo) & ~held),
                   np.flatnonzero((t_int >= lo) & (t_int <= hi) & held))


def make_pipeline():
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), CAT),
        ("bool", "passthrough", BOOL),
    ], remainder="drop")
    return Pipeline([("pre", pre), ("clf", HistGradientBoostingClassifier(random_state=0))])


lines = pd.read_csv("data/order_lines.csv", parse_dates=["order_date"])
lines = lines.sort_values("order_date").reset_index(drop=True)
X = lines[NUM + CAT + BOOL + ["order_date", "customer_id"]]
y = lines["returned"]

inner = GridSearchCV(
    make_pipeline(),
    {"clf__learning_rate": [0.03, 0.1], "clf__max_leaf_nodes": [15, 63], "clf__l2_regularization": [0.0, 1.0]},
    cv=ForwardCustomerSplit(n_splits=3, seed=1), scoring="average_precision", n_jobs=-1,
)
scoring = {"roc_auc": "roc_auc", "pr_auc": "average_precision", "neg_brier": "neg_brier_score"}
outer = ForwardCustomerSplit(n_splits=4, seed=2)

nested = cross_validate(inner, X, y, cv=outer, scoring=scoring, return_train_score=True, return_estimator=True)
prior = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=outer, scoring=scoring)

report = {
    "nested": {k: round(float(np.mean(nested[f"test_{k}"])), 4) for k in scoring},
    "nested_train": {k: round(float(np.mean(nested[f"train_{k}"])), 4) for k in scoring},
    "baseline": {k: round(float(np.mean(prior[f"test_{k}"])), 4) for k in scoring},
    "chosen_per_fold": [est.best_params_ for est in nested["estimator"]],
}
print(json.dumps(report, indent=2))
