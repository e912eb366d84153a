"""churn-snapshots submission -- missing-value handling per customer + logistic model.

About 6% of snapshots miss logins_30d / days_since_last_login (tracking outages).
Rather than a global median, each customer's own neighbouring snapshots are the best
guess, so gaps are filled within the customer's series; anything still missing falls
back to a median imputer fitted inside the model pipeline.

Holdout: fit on Jan-Jun, score Jul-Sep snapshots of customers with no Jan-Jun row.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = (task[k] for k in ("target", "time_column", "group_column", "id_column"))

df = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=[TIME])

GAPPY = ["logins_30d", "days_since_last_login", "support_tickets_30d"]
print(df[GAPPY].isna().mean().round(3))


def fill_within_customer(frame):
    frame = frame.sort_values([CUST, TIME]).copy()
    frame[GAPPY] = frame.groupby(CUST)[GAPPY].transform(lambda s: s.ffill().bfill())
    return frame


df = fill_within_customer(df)
test = fill_within_customer(test)
print("remaining gaps:", df[GAPPY].isna().mean().round(3).to_dict())

df["engagement"] = np.log1p(df["logins_30d"]) - np.log1p(df["days_since_last_login"])
test["engagement"] = np.log1p(test["logins_30d"]) - np.log1p(test["days_since_last_login"])

NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "payment_failures_90d", "engagement"] + GAPPY
CATEG = ["plan", "region"]

cut = pd.Timestamp("2024-07-01")
fit_rows = df[df[TIME] < cut]
eval_rows = df[(df[TIME] >= cut) & ~df[CUST].isin(fit_rows[CUST].unique())]

pipe = Pipeline([
    ("cols", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore", drop="if_binary"), CATEG),
    ])),
    ("lr", LogisticRegression(C=0.2, class_weight="balanced", max_iter=4000)),
])
pipe.fit(fit_rows[NUMERIC + CATEG], fit_rows[TARGET])
naive = DummyClassifier(strategy="prior").fit(fit_rows[NUMERIC + CATEG], fit_rows[TARGET])

y_eval = eval_rows[TARGET]
for tag, est in (("naive prior", naive), ("logistic", pipe)):
    s = est.predict_proba(eval_rows[NUMERIC + CATEG])[:, 1]
    print(f"{tag:12s} auc={roc_auc_score(y_eval, s):.3f} ap={average_precision_score(y_eval, s):.3f} "
          f"logloss={log_loss(y_eval, s):.4f}")

pipe.fit(df[NUMERIC + CATEG], df[TARGET])
pred = pipe.predict_proba(test[NUMERIC + CATEG])[:, 1]
pd.DataFrame({SID: test[SID], "prediction": pred}).to_csv("predictions.csv", index=False)
print(pd.Series(pred).describe())
