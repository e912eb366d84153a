# churn-snapshots submission - random forest on mutual-information-selected features
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = (task[k] for k in ("target", "id_column", "time_column", "group_column"))
LEAKY = task["leaky_columns"]


def engineer(d):
    return (
        d.eval("charge_per_month_of_tenure = monthly_charges / (tenure_months + 1)")
        .eval("tickets_per_login = support_tickets_30d / (logins_30d + 1)")
        .eval("dormant = days_since_last_login > 30")
        .assign(
            dormant=lambda x: x.dormant.astype(int),
            new_customer=lambda x: (x.tenure_months < 3).astype(int),
            month=lambda x: x[TIME].dt.month,
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
    )


def to_matrix(d):
    return d.drop(columns=[TARGET, ID, TIME, GROUP, *LEAKY], errors="ignore")


df = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(engineer)
print(df.shape)
print(df[TARGET].value_counts(normalize=True))

# keep the 10 most informative columns
X_all = df.pipe(to_matrix)
selector = SelectKBest(mutual_info_classif, k=10).fit(X_all, df[TARGET])
keep = list(X_all.columns[selector.get_support()])
print("kept:", keep)

cut = "2024-07-01"
tr = df.query(f"{TIME} < @cut")
va = df.query(f"{TIME} >= @cut").query(f"{GROUP} not in @tr.{GROUP}")
print(len(tr), len(va))

rf = RandomForestClassifier(
    n_estimators=500, min_samples_leaf=20, class_weight="balanced_subsample", n_jobs=-1, random_state=0
).fit(tr[keep], tr[TARGET])
prior = DummyClassifier(strategy="prior").fit(tr[keep], tr[TARGET])

report = pd.DataFrame(
    [
        {
            "model": name,
            "roc_auc": roc_auc_score(va[TARGET], m.predict_proba(va[keep])[:, 1]),
            "avg_precision": average_precision_score(va[TARGET], m.predict_proba(va[keep])[:, 1]),
        }
        for name, m in (("prior baseline", prior), ("random forest", rf))
    ]
).set_index("model")
print(report.round(4))

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(engineer).reindex(columns=[ID] + keep, fill_value=0)
rf.fit(df[keep], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(test[keep])[:, 1]}).to_csv("predictions.csv", index=False)
