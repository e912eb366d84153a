# churn-snapshots - HistGradientBoosting on every available column
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]


def prep(d):
    return (
        d.assign(
            month=lambda x: x[TIME].dt.month,
            plan=lambda x: x.plan.astype("category"),
            region=lambda x: x.region.astype("category"),
            spend_per_login=lambda x: x.monthly_charges / (x.logins_30d + 1),
            stress=lambda x: x.eval("support_tickets_30d + 2 * payment_failures_90d"),
        )
    )


df = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(prep)
print(df.dtypes)

# everything except the label, the customer key and the raw date goes in
FEATURES = [c for c in df.columns if c not in {TARGET, GROUP, TIME}]
print(FEATURES)

valid_from = pd.Timestamp("2024-07-01")
parts = {
    "train": df.loc[lambda d: d[TIME] < valid_from],
}
parts["valid"] = df.loc[lambda d: d[TIME] >= valid_from].loc[lambda d: ~d[GROUP].isin(parts["train"][GROUP])]
print({k: (len(v), round(v[TARGET].mean(), 4)) for k, v in parts.items()})

model = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=500, learning_rate=0.04,
                                       max_leaf_nodes=24, min_samples_leaf=30, random_state=4)
model.fit(parts["train"][FEATURES], parts["train"][TARGET])
dummy = DummyClassifier(strategy="prior").fit(parts["train"][FEATURES], parts["train"][TARGET])

y_val = parts["valid"][TARGET]
for name, est in (("dummy baseline", dummy), ("hgb", model)):
    pv = est.predict_proba(parts["valid"][FEATURES])[:, 1]
    print(f"{name:14s} roc_auc={roc_auc_score(y_val, pv):.4f} ap={average_precision_score(y_val, pv):.4f}")

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(prep)
model.fit(df[FEATURES], df[TARGET])
test[[ID]].assign(prediction=model.predict_proba(test[FEATURES])[:, 1]).to_csv("predictions.csv", index=False)
