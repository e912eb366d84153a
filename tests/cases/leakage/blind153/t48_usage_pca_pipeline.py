"""Churn snapshots - PCA on the usage block inside a pipeline.

Scaler + PCA are fitted together with the logistic regression on the training
months, so the validation months never contribute to the components.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]
USAGE = ["monthly_charges", "logins_30d", "days_since_last_login", "support_tickets_30d",
         "payment_failures_90d", "tenure_months"]
OTHER = ["has_discount"]
CAT = ["plan", "region"]

snap = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=LEAKY)
print(snap[USAGE].corr().round(2))

cut = pd.Timestamp("2024-07-01")
trn = snap.query(f"{TIME} < @cut")
val = snap.query(f"{TIME} >= @cut").query(f"{GROUP} not in @trn.{GROUP}")

pipe = Pipeline([
    ("cols", ColumnTransformer([
        ("usage", make_pipeline(StandardScaler(), PCA(n_components=3, random_state=0)), USAGE),
        ("other", "passthrough", OTHER),
        ("cat", OneHotEncoder(drop="first", handle_unknown="ignore"), CAT),
    ])),
    ("lr", LogisticRegression(max_iter=2000, class_weight="balanced")),
]).fit(trn[USAGE + OTHER + CAT], trn[TARGET])
print("explained variance:",
      pipe.named_steps["cols"].named_transformers_["usage"][-1].explained_variance_ratio_.round(3))

dc = DummyClassifier(strategy="prior").fit(trn[USAGE], trn[TARGET])
scores = pd.DataFrame(
    {n: {"auc": roc_auc_score(val[TARGET], m.predict_proba(val[cols])[:, 1]),
         "ap": average_precision_score(val[TARGET], m.predict_proba(val[cols])[:, 1])}
     for n, m, cols in [("dummy baseline", dc, USAGE), ("pca + logreg", pipe, USAGE + OTHER + CAT)]}
).T
print(scores.round(4))

test = pd.read_csv("test.csv", parse_dates=[TIME])
pipe.fit(snap[USAGE + OTHER + CAT], snap[TARGET])
test[[ID]].assign(prediction=pipe.predict_proba(test[USAGE + OTHER + CAT])[:, 1]).to_csv("predictions.csv", index=False)
