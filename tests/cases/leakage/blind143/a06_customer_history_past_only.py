"""churn-snapshots submission - customer history features (past snapshots only) + random forest."""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task["leaky_columns"]


class CustomerHistoryBuilder(BaseEstimator, TransformerMixin):
    """Adds, for each snapshot, what the customer's *earlier* snapshots looked like.

    Stateless: fit learns nothing. Rows are ordered by month within customer and every
    aggregate is shifted by one so a snapshot never sees itself or later months.
    """

    def __init__(self, key="customer_id", time="snapshot_month"):
        self.key = key
        self.time = time

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        X = X.sort_values([self.key, self.time]).copy()
        g = X.groupby(self.key)
        prev_logins = g["logins_30d"].shift(1)
        X["prev_logins"] = prev_logins
        X["logins_delta"] = X["logins_30d"] - prev_logins
        X["past_logins_mean"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
        X["past_tickets_sum"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum())
        X["n_prior_snapshots"] = g.cumcount()
        X[["past_tickets_sum"]] = X[["past_tickets_sum"]].fillna(0)
        return X.sort_index()


def add_calendar(frame):
    frame = frame.copy()
    frame["month_num"] = frame[TIME].dt.month
    return frame


raw = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(raw[TARGET].value_counts(normalize=True))

hist = CustomerHistoryBuilder(key=GROUP, time=TIME)
data = add_calendar(hist.fit_transform(raw))
test_feat = add_calendar(hist.transform(test))

cut = pd.Timestamp("2024-07-01")
fit_part = data[data[TIME] < cut]
hold = data[(data[TIME] >= cut) & ~data[GROUP].isin(fit_part[GROUP].unique())]
print(f"fit rows={len(fit_part)} holdout rows={len(hold)}")

cat_cols = ["plan", "region"]
excluded = {TARGET, ID, TIME, GROUP, *LEAKY}
feat_cols = [c for c in data.columns if c not in excluded]

pre = ColumnTransformer(
    [("onehot", OneHotEncoder(handle_unknown="ignore"), cat_cols)],
    remainder="passthrough",
)
# RF cannot take NaN (first snapshot has no history): fill with a sentinel
fill = lambda f: f[feat_cols].fillna({c: -1 for c in feat_cols if c not in cat_cols})
rf = make_pipeline(pre, RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                                               class_weight="balanced_subsample", n_jobs=-1,
                                               random_state=7))
rf.fit(fill(fit_part), fit_part[TARGET])
proba = rf.predict_proba(fill(hold))[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fill(fit_part), fit_part[TARGET])
dproba = dummy.predict_proba(fill(hold))[:, 1]

print("dummy  roc_auc=%.3f ap=%.3f" % (roc_auc_score(hold[TARGET], dproba), average_precision_score(hold[TARGET], dproba)))
print("rf     roc_auc=%.3f ap=%.3f" % (roc_auc_score(hold[TARGET], proba), average_precision_score(hold[TARGET], proba)))

rf.fit(fill(data), data[TARGET])
pd.DataFrame({ID: test_feat[ID], "prediction": rf.predict_proba(fill(test_feat))[:, 1]}).to_csv(
    "predictions.csv", index=False)
