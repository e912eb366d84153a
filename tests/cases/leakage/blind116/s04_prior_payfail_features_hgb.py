"""Churn snapshots take-home: gradient boosting with customer history features.

Evaluation: rolling origin by month (Apr..Sep). For each origin, fit on all
earlier months, score the origin month on customers never seen before it.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as fh:
    task = json.load(fh)

TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])

df = pd.read_csv("train.csv")
df[TIME] = pd.to_datetime(df[TIME])
df = df.sort_values([GROUP, TIME]).reset_index(drop=True)
print(df.shape, "positive rate", round(df[TARGET].mean(), 4))

CAT = ["plan", "region", "contract_type", "payment_method"]
NUM = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
       "payment_failures_90d", "discount_pct", "autopay"]


def add_customer_features(frame):
    out = frame.copy()
    g = out.groupby(GROUP)
    prev_max = g["payment_failures_90d"].transform(lambda s: s.shift(1).cummax())
    out["max_payment_failures"] = np.fmax(prev_max, out["payment_failures_90d"])
    prev_mean = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    out["mean_logins"] = prev_mean.fillna(out["logins_30d"])
    out["logins_vs_mean"] = out["logins_30d"] - out["mean_logins"]
    out["ticket_months"] = g["support_tickets_30d"].transform(lambda s: (s.shift(1) > 0).cumsum())
    out["charges_change"] = g["monthly_charges"].diff().fillna(0.0)
    return out


df = add_customer_features(df)
EXTRA = ["max_payment_failures", "mean_logins", "logins_vs_mean", "ticket_months", "charges_change"]

df = pd.get_dummies(df, columns=CAT, dtype=float)
DUMMIES = [c for c in df.columns if c.startswith(tuple(f"{cat}_" for cat in CAT))]
FEATURES = NUM + EXTRA + DUMMIES
assert not set(FEATURES) & set(LEAKY + [TARGET, ID, GROUP])

print(df.groupby(TARGET)[["max_payment_failures", "logins_vs_mean", "ticket_months"]].mean().T)


def make_model():
    return HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=300, max_leaf_nodes=31,
        l2_regularization=1.0, random_state=0,
    )


months = sorted(df[TIME].unique())
scores = []
for origin in months[3:]:
    tr = df[df[TIME] < origin]
    va = df[(df[TIME] == origin) & ~df[GROUP].isin(tr[GROUP].unique())]
    if va[TARGET].nunique() < 2:
        print("skip", origin, "single class")
        continue
    model = make_model().fit(tr[FEATURES], tr[TARGET])
    base = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
    p = model.predict_proba(va[FEATURES])[:, 1]
    p0 = base.predict_proba(va[FEATURES])[:, 1]
    scores.append({
        "origin": str(origin)[:7],
        "n_eval": len(va),
        "auc": roc_auc_score(va[TARGET], p),
        "pr_auc": average_precision_score(va[TARGET], p),
        "pr_auc_baseline": average_precision_score(va[TARGET], p0),
    })

scores = pd.DataFrame(scores)
print(scores.round(3).to_string(index=False))
print("mean:", scores[["auc", "pr_auc", "pr_auc_baseline"]].mean().round(3).to_dict())

final = make_model().fit(df[FEATURES], df[TARGET])
test = pd.read_csv("test.csv")
test[TIME] = pd.to_datetime(test[TIME])
test = test.sort_values([GROUP, TIME]).reset_index(drop=True)
test = add_customer_features(test)
test = pd.get_dummies(test, columns=CAT, dtype=float).reindex(columns=list(test.columns.drop(CAT)) + DUMMIES, fill_value=0.0)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(test))
