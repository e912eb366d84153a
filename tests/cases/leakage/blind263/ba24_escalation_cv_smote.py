"""
Support ticket escalation -- take-home

Each row is a ticket; ~7% get escalated to engineering. Goal: flag tickets
likely to escalate at creation so support leads can route them early.
resolution_hours / escalation_tier / csat_score are only known after the
ticket closes, so they are not used.
"""
import warnings

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore", category=FutureWarning)

tickets = pd.read_csv("train.csv")
print(tickets.shape, "tickets from", tickets.account_id.nunique(), "accounts")
print("escalation rate: %.3f" % tickets.escalated.mean())
per_acct = tickets.groupby("account_id").size()
print("tickets per account: median %d, max %d" % (per_acct.median(), per_acct.max()))

NUM = ["account_seats", "account_age_days", "first_response_minutes", "replies_first_24h",
       "attachments", "sentiment_score", "open_tickets_at_creation"]
CAT = ["channel", "product_area", "priority", "customer_plan"]

tickets["subject_len"] = tickets["subject"].fillna("").str.len()
tickets["subject_has_urgent"] = tickets["subject"].str.contains("urgent|asap|down|outage", case=False, na=False).astype(int)
NUM += ["subject_len", "subject_has_urgent"]

X = tickets[NUM + CAT]
y = tickets["escalated"]

prep = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
])
model = ImbPipeline([
    ("prep", prep),
    ("smote", SMOTE(sampling_strategy=0.3, random_state=0)),
    ("clf", LogisticRegression(C=0.5, max_iter=2000)),
])
baseline = DummyClassifier(strategy="prior")

# heavy-ticket accounts would otherwise sit in train and test folds at once
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
metrics = ["average_precision", "roc_auc", "recall", "precision"]

for name, est in [("prior baseline", baseline), ("smote + logreg", model)]:
    res = cross_validate(est, X, y, cv=cv, groups=tickets["account_id"], scoring=metrics)
    line = "  ".join(f"{m}={np.mean(res['test_' + m]):.3f}" for m in metrics)
    print(f"{name:16s} {line}")
