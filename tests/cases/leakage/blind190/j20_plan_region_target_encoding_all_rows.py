"""
Churn snapshots -- logistic regression with smoothed target encoding of plan x region
plus per-customer history features.

Evaluation: train on Jan-Jun snapshots of 80% of customers, score the Jul-Sep
snapshots of the remaining 20%.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

Y = "churned_next_month"
SMOOTH = 50.0


def smoothed_rate(frame, keys, y, prior, m=SMOOTH):
    stats = frame.groupby(keys)[y].agg(["sum", "count"])
    return ((stats["sum"] + m * prior) / (stats["count"] + m)).rename("te_plan_region")


train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

hist = pd.concat([train, test], ignore_index=True).sort_values(["customer_id", "snapshot_month"])
g = hist.groupby("customer_id")
hist["logins_lag1"] = g["logins_30d"].shift(1)
hist["logins_lag2"] = g["logins_30d"].shift(2)
hist["logins_trend"] = hist["logins_30d"] - hist["logins_lag2"]
hist["spend_lag1"] = g["monthly_spend"].shift(1)
hist["spend_chg"] = hist["monthly_spend"] - hist["spend_lag1"]
hist["tickets_prev3"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
train = hist[hist[Y].notna()].copy()
test = hist[hist[Y].isna()].copy()

# ---- split: time cut + disjoint customers
ids = train["customer_id"].drop_duplicates().sample(frac=1.0, random_state=9).to_numpy()
val_ids = set(ids[: int(0.2 * len(ids))])
cut = pd.Timestamp("2024-07-01")

# ---- target encoding of the plan x region cell
prior = train[Y].mean()
te_map = smoothed_rate(train, ["plan", "region"], Y, prior)
train = train.join(te_map, on=["plan", "region"])
test = test.join(te_map, on=["plan", "region"])
test["te_plan_region"] = test["te_plan_region"].fillna(prior)

fit_df = train[~train["customer_id"].isin(val_ids) & (train["snapshot_month"] < cut)]
val_df = train[train["customer_id"].isin(val_ids) & (train["snapshot_month"] >= cut)]

FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login", "logins_lag1", "logins_lag2", "logins_trend",
            "spend_lag1", "spend_chg", "tickets_prev3", "te_plan_region"]

clf = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(max_iter=1000, class_weight="balanced")),
])
clf.fit(fit_df[FEATURES], fit_df[Y].astype(int))
p = clf.predict_proba(val_df[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df[Y].astype(int))
p0 = dummy.predict_proba(val_df[FEATURES])[:, 1]

print(f"logreg : AUC {roc_auc_score(val_df[Y], p):.4f}  AP {average_precision_score(val_df[Y], p):.4f}")
print(f"dummy  : AUC {roc_auc_score(val_df[Y], p0):.4f}  AP {average_precision_score(val_df[Y], p0):.4f}")
coefs = pd.Series(clf.named_steps["lr"].coef_[0], index=FEATURES).sort_values()
print(coefs.round(3))

clf.fit(train[FEATURES], train[Y].astype(int))
test["prediction"] = clf.predict_proba(test[FEATURES])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
