"""
Churn take-home -- logistic regression on snapshot history features.

Validation: test.csv is Oct-Dec snapshots of *other* customers, so my
holdout is Jul-Sep snapshots of customers with no snapshot before July.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
CUTOFF = "2024-07"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def add_history(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["usage_prev"] = g["usage_hours"].shift(1)
    frame["usage_delta"] = frame["usage_hours"] - frame["usage_prev"]
    frame["tickets_prev"] = g["support_tickets"].shift(1)
    frame["fail_last3"] = g["payment_failures"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    frame["charge_diff"] = g["monthly_charges"].diff()
    frame["n_prev"] = g.cumcount()
    return frame.reset_index(drop=True)


def one_hot_plan(frame, plans):
    for p in plans:
        frame[f"plan_{p}"] = (frame["plan"] == p).astype(int)
    return frame.drop(columns=["plan"])


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print("churn rate:", round(train[TARGET].mean(), 4))

plans = sorted(train["plan"].dropna().unique())
train = one_hot_plan(add_history(train), plans)
test = one_hot_plan(add_history(test), plans)

features = [c for c in train.columns if c not in DROP]
print("features:", features)

# impute + scale once so every row is on the same scale
imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
X_all = scaler.fit_transform(imputer.fit_transform(train[features]))
y_all = train[TARGET].values

is_fit = (train["snapshot_month"] < CUTOFF).values
seen = set(train.loc[is_fit, "customer_id"])
is_val = ((train["snapshot_month"] >= CUTOFF) & ~train["customer_id"].isin(seen)).values

X_fit, y_fit = X_all[is_fit], y_all[is_fit]
X_val, y_val = X_all[is_val], y_all[is_val]
print(f"fit rows {is_fit.sum()}, valid rows {is_val.sum()} (churn {y_val.mean():.3f})")

baseline = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
clf.fit(X_fit, y_fit)

results = {}
for name, m in [("baseline (prior)", baseline), ("logreg", clf)]:
    p = m.predict_proba(X_val)[:, 1]
    results[name] = {
        "roc_auc": roc_auc_score(y_val, p),
        "pr_auc": average_precision_score(y_val, p),
        "brier": brier_score_loss(y_val, p),
    }
res = pd.DataFrame(results).T.round(4)
print(res)

coefs = pd.Series(clf.coef_[0], index=features).sort_values()
ax = coefs.plot.barh(figsize=(6, 7), title="logreg coefficients (standardised)")
plt.tight_layout()
plt.savefig("coefs.png", dpi=120)

# submission: refit on all labelled rows with the same preprocessing
final = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000).fit(X_all, y_all)
X_test = scaler.transform(imputer.transform(test[features]))
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": final.predict_proba(X_test)[:, 1]})
sub.to_csv("predictions.csv", index=False)

print("\n==== MEMO ====")
print("Model: class-weighted logistic regression on current snapshot + lagged history.")
print(f"Holdout (Jul-Sep, customers new after June): ROC AUC {res.loc['logreg', 'roc_auc']:.3f} "
      f"vs {res.loc['baseline (prior)', 'roc_auc']:.3f} for the prior baseline; "
      f"PR AUC {res.loc['logreg', 'pr_auc']:.3f}.")
print("Top drivers:", ", ".join(coefs.abs().sort_values(ascending=False).index[:5]))
print("Excluded retention_offer_accepted / account_closed_date_known: recorded after the outcome.")
