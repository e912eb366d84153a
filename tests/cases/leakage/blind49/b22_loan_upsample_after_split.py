#!/usr/bin/env python
"""Loan default take-home.

The default class is small (~11%), so the minority class is upsampled before
fitting a logistic regression. Evaluation: ROC-AUC / PR-AUC on a stratified
20% hold-out, next to a majority-class dummy.
"""
import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

SEED = 99
TARGET = "default"
NUMS = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
        "employment_years", "open_accounts"]
CATS = ["home_ownership", "purpose", "grade"]


def add_ratios(frame):
    frame = frame.copy()
    frame["monthly_payment_est"] = frame["loan_amount"] * (frame["interest_rate"] / 1200) / (
        1 - (1 + frame["interest_rate"] / 1200) ** (-frame["term_months"]))
    frame["payment_to_income"] = frame["monthly_payment_est"] / (frame["annual_income"] / 12 + 1)
    return frame


def upsample_minority(frame, ratio=1.0):
    majority = frame[frame[TARGET] == 0]
    minority = frame[frame[TARGET] == 1]
    minority_up = resample(minority, replace=True, n_samples=int(len(majority) * ratio), random_state=SEED)
    return pd.concat([majority, minority_up]).sample(frac=1, random_state=SEED)


def make_model():
    prep = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMS + ["monthly_payment_est", "payment_to_income"]),
        (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), CATS),
    )
    return make_pipeline(prep, LogisticRegression(max_iter=2000, C=1.0))


data = add_ratios(pd.read_csv("train.csv"))
to_score = add_ratios(pd.read_csv("test.csv"))
print(data.shape, to_score.shape)
print(data[TARGET].value_counts())
print(data.groupby("grade")[TARGET].mean().round(3))

train_rows, holdout_rows = train_test_split(data, test_size=0.2, stratify=data[TARGET], random_state=SEED)
train_rows = upsample_minority(train_rows)
print("after upsampling:", train_rows[TARGET].value_counts().to_dict())

features = NUMS + ["monthly_payment_est", "payment_to_income"] + CATS
X_tr, y_tr = train_rows[features], train_rows[TARGET]
X_ho, y_ho = holdout_rows[features], holdout_rows[TARGET]

model = make_model().fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)

p_model = model.predict_proba(X_ho)[:, 1]
p_dummy = dummy.predict_proba(X_ho)[:, 1]
print(f"dummy   ROC-AUC {roc_auc_score(y_ho, p_dummy):.3f}  PR-AUC {average_precision_score(y_ho, p_dummy):.3f}")
print(f"logreg  ROC-AUC {roc_auc_score(y_ho, p_model):.3f}  PR-AUC {average_precision_score(y_ho, p_model):.3f}"
      f"  Brier {brier_score_loss(y_ho, p_model):.3f}")

# decile table on the hold-out
deciles = pd.qcut(p_model, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"decile": deciles, "y": y_ho.to_numpy()}).groupby("decile")["y"].agg(["mean", "count"]))

# final fit on all labelled data (upsampled the same way)
final = make_model().fit(upsample_minority(data)[features], upsample_minority(data)[TARGET])
pd.DataFrame({"loan_id": to_score["loan_id"], "prediction": final.predict_proba(to_score[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("done")
