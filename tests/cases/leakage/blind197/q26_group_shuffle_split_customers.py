"""Churn snapshots: customer-level holdout with GroupShuffleSplit.

Snapshots of the same customer are highly correlated, so the holdout is
made of whole customers: no customer contributes rows to both sides.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "churned_next_month"
GROUP = "customer_id"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (df, test):
    d["month_num"] = pd.to_datetime(d["snapshot_month"]).dt.month
    d["spend_bin"] = np.digitize(d["monthly_spend"], [20, 50, 100, 200])

FEATS = NUM + CAT + ["spend_bin"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, ho_idx = next(gss.split(df, df[TARGET], groups=df[GROUP]))
tr, ho = df.iloc[tr_idx], df.iloc[ho_idx]
assert set(tr[GROUP]).isdisjoint(ho[GROUP])
print(f"train customers: {tr[GROUP].nunique()}, holdout customers: {ho[GROUP].nunique()}")

prep = ColumnTransformer(
    [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
    remainder="passthrough",
)
model = Pipeline([
    ("prep", prep),
    ("hgb", HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=400, max_depth=6, min_samples_leaf=40,
        categorical_features=[0, 1], class_weight="balanced", random_state=0)),
])
model.fit(tr[FEATS], tr[TARGET])
p = model.predict_proba(ho[FEATS])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])
pdum = dummy.predict_proba(ho[FEATS])[:, 1]

res = pd.DataFrame(
    {"roc_auc": [roc_auc_score(ho[TARGET], pdum), roc_auc_score(ho[TARGET], p)],
     "avg_precision": [average_precision_score(ho[TARGET], pdum), average_precision_score(ho[TARGET], p)]},
    index=["dummy_prior", "hist_gbm"],
)
print(res.round(4))

by_month = (ho.assign(p=p).groupby("month_num")
            .apply(lambda g: roc_auc_score(g[TARGET], g["p"]) if g[TARGET].nunique() > 1 else np.nan))
print("holdout AUC by month:\n", by_month.round(3))

model.fit(df[FEATS], df[TARGET])
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(test[FEATS])[:, 1]})
out.to_csv("predictions.csv", index=False)
