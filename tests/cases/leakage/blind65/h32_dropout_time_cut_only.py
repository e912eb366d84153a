"""Dropout early-warning model: out-of-time validation.

The model will be used on future terms, so I validate out of time: the last ~20% of the
timeline (by term start date) is the evaluation window, everything earlier is training.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

df = pd.read_csv("train.csv", parse_dates=["term_start"]).sort_values("term_start")
test = pd.read_csv("test.csv", parse_dates=["term_start"])

print(df.groupby(df["term_start"].dt.year)["dropped_out"].agg(["mean", "size"]))

CAT = ["program", "campus"]
NUM = ["term_number", "age_at_entry", "first_gen", "pell_eligible", "financial_aid_amount",
       "credits_attempted", "credits_earned", "term_gpa", "cum_gpa", "lms_logins", "absences",
       "advisor_meetings", "unpaid_balance"]

cutoff = df["term_start"].quantile(0.8)
train = df[df["term_start"] < cutoff]
valid = df[df["term_start"] >= cutoff]
print(f"cutoff {cutoff.date()}: train {len(train)} rows, valid {len(valid)} rows")
print("train window:", train["term_start"].min().date(), "-", train["term_start"].max().date())
print("valid window:", valid["term_start"].min().date(), "-", valid["term_start"].max().date())

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])),
    ("lr", LogisticRegression(C=0.2, class_weight="balanced", max_iter=2000)),
])
pipe.fit(train[CAT + NUM], train["dropped_out"])
p = pipe.predict_proba(valid[CAT + NUM])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[CAT + NUM], train["dropped_out"])
p0 = base.predict_proba(valid[CAT + NUM])[:, 1]

print("out-of-time ROC AUC : %.3f  baseline %.3f" % (roc_auc_score(valid["dropped_out"], p),
                                                    roc_auc_score(valid["dropped_out"], p0)))
print("out-of-time PR AUC  : %.3f  baseline %.3f" % (average_precision_score(valid["dropped_out"], p),
                                                    average_precision_score(valid["dropped_out"], p0)))
print("out-of-time Brier   : %.4f  baseline %.4f" % (brier_score_loss(valid["dropped_out"], p),
                                                    brier_score_loss(valid["dropped_out"], p0)))

coef = pd.Series(pipe.named_steps["lr"].coef_[0],
                 index=pipe.named_steps["prep"].get_feature_names_out()).sort_values()
print(coef.round(3))

pipe.fit(df[CAT + NUM], df["dropped_out"])
pd.DataFrame({"record_id": test["record_id"],
              "prediction": pipe.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
