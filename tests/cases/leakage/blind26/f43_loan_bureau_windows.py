"""Loan default: bureau trade-line activity in windows ending at the application date."""
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score, balanced_accuracy_score

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
trades = pd.read_csv("bureau_tradelines.csv", parse_dates=["opened_date", "event_date"])
# trades: applicant_id, tradeline_id, opened_date, event_date, event_type (inquiry/open/late/chargeoff), balance

pairs = apps[["loan_id", "applicant_id", "application_date"]].merge(trades, on="applicant_id")
pairs = pairs[pairs["event_date"] < pairs["application_date"]]
pairs["months_back"] = (pairs["application_date"] - pairs["event_date"]).dt.days / 30.44

features = {}
for months in (6, 12, 24):
    w = pairs[pairs["months_back"] <= months]
    counts = w.groupby(["loan_id", "event_type"]).size().unstack(fill_value=0)
    for et in counts.columns:
        features[f"{et}_{months}m"] = counts[et]
    features[f"max_balance_{months}m"] = w.groupby("loan_id")["balance"].max()
last_late = pairs[pairs["event_type"] == "late"].groupby("loan_id")["months_back"].min()
features["months_since_late"] = last_late
feat = pd.DataFrame(features)

df = apps.merge(feat, left_on="loan_id", right_index=True, how="left")
count_cols = [c for c in feat.columns if c != "months_since_late"]
df[count_cols] = df[count_cols].fillna(0)
df["months_since_late"] = df["months_since_late"].fillna(120)
df["loan_to_income"] = df["amount"] / df["income"].clip(lower=1)

X_COLS = ["amount", "term_months", "income", "employment_years", "dti", "loan_to_income",
          "months_since_late"] + count_cols

cut = pd.Timestamp("2021-01-01")
train = df[df.application_date < cut]
test = df[df.application_date >= cut]
test = test[~test.applicant_id.isin(train.applicant_id)]

xgb = XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.03, subsample=0.8,
                    colsample_bytree=0.7, min_child_weight=5, eval_metric="logloss")
xgb.fit(train[X_COLS], train.defaulted_12m)
proba = xgb.predict_proba(test[X_COLS])[:, 1]
pred = (proba >= 0.5).astype(int)

maj = DummyClassifier(strategy="most_frequent").fit(train[X_COLS], train.defaulted_12m)
maj_pred = maj.predict(test[X_COLS])

y = test.defaulted_12m
print("majority   acc %.3f  bal_acc %.3f" % (accuracy_score(y, maj_pred), balanced_accuracy_score(y, maj_pred)))
print("xgboost    acc %.3f  bal_acc %.3f  AUC %.3f  AP %.3f" % (
    accuracy_score(y, pred), balanced_accuracy_score(y, pred),
    roc_auc_score(y, proba), average_precision_score(y, proba)))
