"""churn-snapshots -- mutual-information shortlist learned on the fitting window only.

~25 candidate features (lags, deltas, interactions, one-hots). The top-12 shortlist by
mutual information is computed from the fitting rows (Jan-Jun) only; evaluation rows
(Jul-Sep, customers absent from Jan-Jun) play no part in it. For the submission the
shortlist is recomputed on all labelled rows.
Reference: prior-rate dummy. Metrics: ROC AUC, average precision.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import mutual_info_classif
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]
df = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def build(frame):
    frame = frame.sort_values([CUST, TIME]).copy()
    g = frame.groupby(CUST)
    for col in ["logins_30d", "support_tickets_30d", "days_since_last_login", "monthly_charges"]:
        frame[f"{col}_lag1"] = g[col].shift(1)
        frame[f"{col}_d1"] = frame[col] - frame[f"{col}_lag1"]
    frame["price_rise"] = (frame["monthly_charges_d1"] > 0).astype(int)
    frame["charges_per_login"] = frame["monthly_charges"] / (frame["logins_30d"] + 1)
    frame["tickets_x_fail"] = frame["support_tickets_30d"] * frame["payment_failures_90d"]
    frame["long_gap"] = (frame["days_since_last_login"] > 21).astype(int)
    frame["new_customer"] = (frame["tenure_months"] < 4).astype(int)
    return pd.concat([frame, pd.get_dummies(frame[["plan", "region"]], dtype=int)], axis=1)


df = build(df)
test = build(test).reindex(columns=df.columns.drop(TARGET), fill_value=0)
CANDIDATES = [c for c in df.columns if c not in (TARGET, TIME, CUST, SID, "plan", "region")]


def shortlist(frame, k=12):
    scores = mutual_info_classif(frame[CANDIDATES].fillna(-1), frame[TARGET], random_state=0)
    return pd.Series(scores, index=CANDIDATES).nlargest(k).index.tolist()


cut = pd.Timestamp("2024-07-01")
fit_rows = df[df[TIME] < cut]
eval_rows = df[(df[TIME] >= cut) & ~df[CUST].isin(fit_rows[CUST].unique())]

chosen = shortlist(fit_rows)
print("shortlist (fit window):", chosen)


def make_model():
    return make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                         LogisticRegression(C=0.3, max_iter=3000))


model = make_model().fit(fit_rows[chosen], fit_rows[TARGET])
prior = DummyClassifier(strategy="prior").fit(fit_rows[chosen], fit_rows[TARGET])
for name, m in [("prior", prior), ("logreg (12 feats)", model)]:
    s = m.predict_proba(eval_rows[chosen])[:, 1]
    print(f"{name:18s} AUC {roc_auc_score(eval_rows[TARGET], s):.3f}  AP {average_precision_score(eval_rows[TARGET], s):.3f}")

chosen_all = shortlist(df)
final = make_model().fit(df[chosen_all], df[TARGET])
pd.DataFrame({SID: test[SID], "prediction": final.predict_proba(test[chosen_all])[:, 1]}).to_csv(
    "predictions.csv", index=False)
