# Churn: smoothed target encoding of plan x region, fitted on the training months only.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.drop(columns=["cancellation_reason", "retention_call_made"])
df["plan_region"] = df["plan"].astype(str) + "|" + df["region"].astype(str)
print(df["plan_region"].nunique(), "plan x region combos")
print(df.groupby("plan")["churned"].mean())  # eyeballing only

NUM = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
ENC_COLS = ["plan", "region", "plan_region"]


def fit_te(frame, col, alpha=20.0):
    """smoothed mean of `churned` per level: (sum + alpha * prior) / (n + alpha)"""
    prior = frame["churned"].mean()
    agg = frame.groupby(col)["churned"].agg(["sum", "count"])
    table = (agg["sum"] + alpha * prior) / (agg["count"] + alpha)
    return table.to_dict(), prior


def apply_te(frame, tables):
    out = frame.copy()
    for col, (table, prior) in tables.items():
        out[col + "_te"] = out[col].map(table).fillna(prior)
    return out


def design(frame):
    return frame[NUM + [c + "_te" for c in ENC_COLS]]


# time cut; evaluation side = customers that only appear after the cut
cut = df["snapshot_month"].max() - pd.DateOffset(months=3)
train = df[df["snapshot_month"] <= cut].copy()
test = df[df["snapshot_month"] > cut].copy()
seen = set(train["customer_id"])
test = test[~test["customer_id"].isin(seen)]
print(f"train {len(train)} rows / test {len(test)} rows, {test['customer_id'].nunique()} new customers")

tables = {c: fit_te(train, c) for c in ENC_COLS}  # training rows only
train_e, test_e = apply_te(train, tables), apply_te(test, tables)
print(train_e[[c + "_te" for c in ENC_COLS]].describe().T)

clf = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                    LogisticRegression(C=0.3, class_weight="balanced", max_iter=5000))
clf.fit(design(train_e), train_e["churned"])
p = clf.predict_proba(design(test_e))[:, 1]

dummy = DummyClassifier(strategy="prior").fit(design(train_e), train_e["churned"])
p0 = dummy.predict_proba(design(test_e))[:, 1]

print("                 model    prior")
print(f"ROC-AUC        {roc_auc_score(test_e['churned'], p):.4f}   {roc_auc_score(test_e['churned'], p0):.4f}")
print(f"PR-AUC         {average_precision_score(test_e['churned'], p):.4f}   {average_precision_score(test_e['churned'], p0):.4f}")
# Brier of the balanced model is not comparable (class_weight shifts probabilities), printed anyway
print(f"Brier          {brier_score_loss(test_e['churned'], p):.4f}   {brier_score_loss(test_e['churned'], p0):.4f}")

coef = pd.Series(clf[-1].coef_[0], index=design(train_e).columns).sort_values()
print(coef)

# final: encodings and model refit on every labelled row
tables = {c: fit_te(df, c) for c in ENC_COLS}
full = apply_te(df, tables)
clf.fit(design(full), full["churned"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
sub["plan_region"] = sub["plan"].astype(str) + "|" + sub["region"].astype(str)
sub = apply_te(sub, tables)
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": clf.predict_proba(design(sub))[:, 1]}).to_csv(
    "predictions.csv", index=False
)
