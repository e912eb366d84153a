"""Churn scorecard -- band edges learned from the fitting window.

Quintile band edges are estimated on the fitting rows (Jan-Jun) only, then applied
unchanged to the evaluation rows (Jul-Sep, customers absent from Jan-Jun). For the
submission the edges are re-estimated on every labelled row.
Reference model: base rate (dummy prior). Metrics: ROC AUC, average precision.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]
df = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=[TIME])

BANDED = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login"]
OTHER = ["has_discount", "plan", "region"]


def learn_edges(frame):
    out = {}
    for col in BANDED:
        qs = np.unique(np.nanquantile(frame[col], [0.2, 0.4, 0.6, 0.8]))
        out[col] = np.concatenate([[-np.inf], qs, [np.inf]])
    return out


def apply_bands(frame, edges):
    out = pd.DataFrame(index=frame.index)
    for col in BANDED:
        out[f"{col}_band"] = pd.cut(frame[col], bins=edges[col], labels=False, include_lowest=True)
    out["tickets_band"] = frame["support_tickets_30d"].clip(upper=3)
    out["failures_band"] = frame["payment_failures_90d"].clip(upper=2)
    for col in OTHER:
        out[col] = frame[col]
    return out.fillna(-1).astype(str)


cut = pd.Timestamp("2024-07-01")
fit_rows = df[df[TIME] < cut]
eval_rows = df[(df[TIME] >= cut) & ~df[CUST].isin(fit_rows[CUST].unique())]

edges = learn_edges(fit_rows)
B_fit, B_eval = apply_bands(fit_rows, edges), apply_bands(eval_rows, edges)

scorecard = make_pipeline(OneHotEncoder(handle_unknown="ignore"), LogisticRegression(C=0.5, max_iter=3000))
scorecard.fit(B_fit, fit_rows[TARGET])
prior = DummyClassifier(strategy="prior").fit(B_fit, fit_rows[TARGET])

for name, m in [("prior", prior), ("scorecard", scorecard)]:
    s = m.predict_proba(B_eval)[:, 1]
    print(f"{name:10s} AUC {roc_auc_score(eval_rows[TARGET], s):.3f}  AP {average_precision_score(eval_rows[TARGET], s):.3f}")

ohe, lr = scorecard[0], scorecard[-1]
points = pd.Series(np.round(lr.coef_[0] * 20 / np.log(2)), index=ohe.get_feature_names_out())
print(points.sort_values().to_string())

edges_all = learn_edges(df)
scorecard.fit(apply_bands(df, edges_all), df[TARGET])
pd.DataFrame({SID: test[SID], "prediction": scorecard.predict_proba(apply_bands(test, edges_all))[:, 1]}).to_csv(
    "predictions.csv", index=False)
