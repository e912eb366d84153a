"""churn-snapshots submission - customer history features + random forest."""
import json

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
    """Adds per-customer behaviour summaries next to the snapshot values.

    Nothing is learned in fit; the summaries are computed from the rows passed in.
    """

    def __init__(self, key="customer_id"):
        self.key = key

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        X = X.copy()
        g = X.groupby(self.key)
        X["cust_logins_mean"] = g["logins_30d"].transform("mean")
        X["cust_logins_min"] = g["logins_30d"].transform("min")
        X["cust_tickets_total"] = g["support_tickets_30d"].transform("sum")
        X["cust_payfail_max"] = g["payment_failures_90d"].transform("max")
        X["cust_n_snapshots"] = g["logins_30d"].transform("size")
        X["logins_vs_own_mean"] = X["logins_30d"] - X["cust_logins_mean"]
        return X


raw = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(raw[TARGET].value_counts(normalize=True))
print(raw.groupby(GROUP).size().describe())

hist = CustomerHistoryBuilder(key=GROUP)
data = hist.fit_transform(raw)
test_feat = hist.transform(test)

# hold out Jul-Sep, only customers that the model never saw
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
rf = make_pipeline(pre, RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                                               class_weight="balanced_subsample", n_jobs=-1,
                                               random_state=7))
rf.fit(fit_part[feat_cols], fit_part[TARGET])
proba = rf.predict_proba(hold[feat_cols])[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=7).fit(fit_part[feat_cols], fit_part[TARGET])
dproba = dummy.predict_proba(hold[feat_cols])[:, 1]

print("dummy  roc_auc=%.3f ap=%.3f" % (roc_auc_score(hold[TARGET], dproba), average_precision_score(hold[TARGET], dproba)))
print("rf     roc_auc=%.3f ap=%.3f" % (roc_auc_score(hold[TARGET], proba), average_precision_score(hold[TARGET], proba)))

imp = pd.Series(rf[-1].feature_importances_, index=rf[0].get_feature_names_out()).sort_values(ascending=False)
print(imp.head(15))

rf.fit(data[feat_cols], data[TARGET])
pd.DataFrame({ID: test_feat[ID], "prediction": rf.predict_proba(test_feat[feat_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
