"""Churn snapshots - nested month-by-month validation.

Outer loop: origins Jul, Aug, Sep. The model for an outer origin is tuned using
only months before it (inner loop: the three months preceding the outer origin,
each scored on customers new in that month), refit on all months before the
outer origin and scored on the outer month's new customers.
"""
import itertools

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

TARGET = "churned_next_month"
NUM = ["monthly_charges", "logins_30d", "support_tickets_30d", "payment_failures_90d", "discount_pct", "autopay"]
SPLINE = ["tenure_months"]
CAT = ["plan", "region", "contract_type", "payment_method"]
COLS = NUM + SPLINE + CAT

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df["autopay"] = df["autopay"].astype(float)
df["ym"] = df["snapshot_month"].dt.to_period("M")
print(df.shape, "churn", round(df[TARGET].mean(), 4))
print(df.groupby("ym").agg(n=(TARGET, "size"), churn=(TARGET, "mean")).round(4).to_string())


def make(C, knots):
    pre = ColumnTransformer([
        ("num", StandardScaler(), NUM),
        ("tenure", SplineTransformer(n_knots=knots, degree=3), SPLINE),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=C, max_iter=4000))])


def split(frame, origin):
    train = frame[frame["ym"] < origin]
    scored = frame[(frame["ym"] == origin) & ~frame["customer_id"].isin(train["customer_id"])]
    return train, scored


GRID = list(itertools.product([0.03, 0.1, 0.3, 1.0], [4, 6]))
months = sorted(df["ym"].unique())
outer_rows = []
for outer in months[-3:]:
    history = df[df["ym"] < outer]
    inner_origins = [m for m in months if m < outer][-3:]
    inner = {}
    for C, knots in GRID:
        aps = []
        for origin in inner_origins:
            tr, va = split(history, origin)
            model = make(C, knots).fit(tr[COLS], tr[TARGET])
            aps.append(average_precision_score(va[TARGET], model.predict_proba(va[COLS])[:, 1]))
        inner[(C, knots)] = np.mean(aps)
    C, knots = max(inner, key=inner.get)

    train, scored = split(df, outer)
    model = make(C, knots).fit(train[COLS], train[TARGET])
    prior = DummyClassifier(strategy="prior").fit(train[COLS], train[TARGET])
    p = model.predict_proba(scored[COLS])[:, 1]
    p0 = prior.predict_proba(scored[COLS])[:, 1]
    outer_rows.append({"outer": str(outer), "C": C, "knots": knots, "inner_ap": inner[(C, knots)],
                       "n": len(scored), "roc_auc": roc_auc_score(scored[TARGET], p),
                       "pr_auc": average_precision_score(scored[TARGET], p),
                       "pr_auc_prior": average_precision_score(scored[TARGET], p0)})
    print(f"outer {outer}: C={C}, knots={knots}, PR-AUC {outer_rows[-1]['pr_auc']:.4f}")

outer_df = pd.DataFrame(outer_rows)
print(outer_df.round(4).to_string(index=False))
print("outer mean:", outer_df[["roc_auc", "pr_auc", "pr_auc_prior"]].mean().round(4).to_dict())

# final: tune on the last three months with the same inner procedure, fit on everything
final_scores = {}
for C, knots in GRID:
    aps = []
    for origin in months[-3:]:
        tr, va = split(df, origin)
        m = make(C, knots).fit(tr[COLS], tr[TARGET])
        aps.append(average_precision_score(va[TARGET], m.predict_proba(va[COLS])[:, 1]))
    final_scores[(C, knots)] = np.mean(aps)
C, knots = max(final_scores, key=final_scores.get)
final = make(C, knots).fit(df[COLS], df[TARGET])
test = pd.read_csv("test.csv")
test["autopay"] = test["autopay"].astype(float)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[COLS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("final params", C, knots)
