import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
apps = apps.sort_values(["applicant_id", "application_date"]).reset_index(drop=True)

# applicant track record across their loans with us
by_app = apps.groupby("applicant_id")
apps["loans_so_far"] = by_app.cumcount()
apps["amount_so_far"] = by_app["amount"].cumsum() - apps["amount"]
apps["defaults_so_far"] = by_app["defaulted_12m"].cumsum()
apps["default_ratio_so_far"] = apps["defaults_so_far"] / (apps["loans_so_far"] + 1)
apps["days_since_prev_app"] = by_app["application_date"].diff().dt.days.fillna(-1)

apps["loan_to_income"] = apps["amount"] / apps["income"].clip(lower=1)
apps["monthly_payment"] = apps["amount"] / apps["term_months"]
apps["payment_to_income"] = apps["monthly_payment"] * 12 / apps["income"].clip(lower=1)
apps["purpose_code"] = apps["purpose"].astype("category").cat.codes

features = ["amount", "term_months", "income", "employment_years", "dti", "loan_to_income",
            "payment_to_income", "purpose_code", "loans_so_far", "amount_so_far",
            "defaults_so_far", "default_ratio_so_far", "days_since_prev_app"]

cutoff = pd.Timestamp("2021-01-01")
hist = apps[apps["application_date"] < cutoff]
recent = apps[apps["application_date"] >= cutoff]
recent = recent[~recent["applicant_id"].isin(hist["applicant_id"])]

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=31,
                                     l2_regularization=1.0, random_state=0)
clf.fit(hist[features], hist["defaulted_12m"])
p = clf.predict_proba(recent[features])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(hist[features], hist["defaulted_12m"])
pb = baseline.predict_proba(recent[features])[:, 1]

y = recent["defaulted_12m"]
print("baseline  AUC %.3f  AP %.3f  logloss %.4f" % (roc_auc_score(y, pb), average_precision_score(y, pb), log_loss(y, pb)))
print("HGB       AUC %.3f  AP %.3f  logloss %.4f" % (roc_auc_score(y, p), average_precision_score(y, p), log_loss(y, p)))
