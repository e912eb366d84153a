# Churn-snapshots - binned scorecard
#
# Retention analysts want a model they can read: every numeric feature is cut into quantile
# bins, one-hot encoded, and a logistic regression gives each bin a weight (a "scorecard").
# History features use only the customer's previous snapshots.

import numpy as np
import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from scipy import sparse

TARGET = "churned_next_month"
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
df.describe().T

def prev_features(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    d["logins_prev"] = g["logins_30d"].shift(1).fillna(d["logins_30d"])
    d["logins_change"] = d["logins_30d"] - d["logins_prev"]
    d["idle_prev_max3"] = g["days_since_last_login"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max()).fillna(-1)
    d["tickets_prev_sum3"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum()).fillna(0)
    d["days_since_last_login"] = d["days_since_last_login"].fillna(365)
    return d

df = prev_features(df)
test = prev_features(test)
BIN_COLS = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
            "support_tickets_30d", "payment_failures_90d", "logins_change", "idle_prev_max3", "tickets_prev_sum3"]
CAT_COLS = ["plan", "region", "has_discount"]

# split: time cut + held-out customers (sampled from the customer list)
cut = pd.Timestamp("2024-07-01")
cust = pd.Series(df["customer_id"].unique()).sample(frac=1.0, random_state=43)
held = set(cust.iloc[: len(cust) // 5])
fit_mask = (df["snapshot_month"] < cut) & ~df["customer_id"].isin(held)
score_mask = (df["snapshot_month"] >= cut) & df["customer_id"].isin(held)

binner = KBinsDiscretizer(n_bins=8, encode="onehot", strategy="quantile", subsample=None)
onehot = OneHotEncoder(handle_unknown="ignore")
binner.fit(df.loc[fit_mask, BIN_COLS])  # bin edges from the fitted rows only
onehot.fit(df.loc[fit_mask, CAT_COLS].astype(str))

def design(d):
    return sparse.hstack([binner.transform(d[BIN_COLS]), onehot.transform(d[CAT_COLS].astype(str))]).tocsr()

X_fit, y_fit = design(df[fit_mask]), df.loc[fit_mask, TARGET].to_numpy()
X_score, y_score = design(df[score_mask]), df.loc[score_mask, TARGET].to_numpy()

card = LogisticRegression(C=0.2, max_iter=5000).fit(X_fit, y_fit)
p = card.predict_proba(X_score)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_fit, y_fit).predict_proba(X_score)[:, 1]
print(pd.DataFrame({
    "auc": [roc_auc_score(y_score, p0), roc_auc_score(y_score, p)],
    "ap": [average_precision_score(y_score, p0), average_precision_score(y_score, p)],
    "brier": [brier_score_loss(y_score, p0), brier_score_loss(y_score, p)],
}, index=["dummy_prior", "scorecard"]).round(4))

names = list(binner.get_feature_names_out(BIN_COLS)) + list(onehot.get_feature_names_out(CAT_COLS))
points = pd.Series(np.round(card.coef_[0] * 20 / np.log(2)), index=names)
print(points.sort_values().head(10), points.sort_values().tail(10), sep="\n")

card_all = LogisticRegression(C=0.2, max_iter=5000).fit(design(df), df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": card_all.predict_proba(design(test))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
