"""Claims fraud: logistic regression + random under-sampling, grouped CV by policy holder."""
import json

import numpy as np
import pandas as pd
from imblearn.pipeline import make_pipeline
from imblearn.under_sampling import RandomUnderSampler
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]

claims = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")
print(claims.shape, claims[TARGET].mean())
# several claims per policy holder -> folds must keep a holder on one side
print(claims[GROUP].value_counts().describe())

num_cols = ["claim_amount", "policy_tenure_years", "vehicle_age", "witnesses",
            "num_prior_claims", "hour_of_incident", "days_to_report"]
cat_cols = ["incident_type", "incident_severity", "police_report"]

for frame in (claims, to_score):
    frame["log_claim_amount"] = np.log1p(frame["claim_amount"])
    frame["late_report"] = (frame["days_to_report"] > 14).astype(int)
num_cols += ["log_claim_amount", "late_report"]

X = claims[num_cols + cat_cols]
y = claims[TARGET]
groups = claims[GROUP]

prep = make_column_transformer(
    (StandardScaler(), num_cols),
    (OneHotEncoder(handle_unknown="ignore"), cat_cols),
)
model = make_pipeline(prep, RandomUnderSampler(sampling_strategy=0.3, random_state=1),
                      LogisticRegression(C=1.0, max_iter=1000))

scorers = ["roc_auc", "average_precision", "recall", "precision", "balanced_accuracy"]
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=1)

summary = {}
for name, est in [("dummy", DummyClassifier(strategy="stratified", random_state=1)),
                  ("logreg_rus", model)]:
    res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scorers)
    summary[name] = {s: round(res[f"test_{s}"].mean(), 3) for s in scorers}
    summary[name]["ap_std"] = round(res["test_average_precision"].std(), 3)

print(pd.DataFrame(summary).T)

model.fit(X, y)
sub = pd.DataFrame({ID: to_score[ID], "prediction": model.predict_proba(to_score[num_cols + cat_cols])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
