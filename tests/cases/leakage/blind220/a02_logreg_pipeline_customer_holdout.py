"""
Churn snapshots - logistic regression on point-in-time customer history.

Evaluation mirrors the real setting: test.csv holds later months for customers we have
never seen, so the validation block is (a) customers held out entirely from training and
(b) only their snapshots from July onward. Training uses the other customers up to June.
Scaling lives inside the pipeline so it only ever learns from the rows it is fitted on.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 7
CALLS_PER_MONTH = 250  # retention team capacity from the brief

with open("task.json") as fh:
    task = json.load(fh)
TARGET = task.get("target", "churned_next_month")
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape, "positive rate", round(train[TARGET].mean(), 4))


def history_features(df):
    """Features from each customer's earlier snapshots only (lag first, then roll)."""
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id", sort=False)
    for col in ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]:
        prev = g[col].shift(1)
        df[f"{col}_prev"] = prev
        df[f"{col}_prev3_mean"] = prev.groupby(df["customer_id"]).transform(
            lambda s: s.rolling(3, min_periods=1).mean())
    df["usage_delta"] = df["usage_hours"] - df["usage_hours_prev"]
    df["charge_delta"] = df["monthly_charges"] - df["monthly_charges_prev"]
    df["tickets_to_date"] = g["support_tickets"].cumsum()
    df["failures_to_date"] = g["payment_failures"].cumsum()
    df["snapshots_seen"] = g.cumcount() + 1
    return df.fillna(0.0)


train = history_features(train)
test = history_features(test)
train = pd.get_dummies(train, columns=["plan"], prefix="plan", dtype=float)
test = pd.get_dummies(test, columns=["plan"], prefix="plan", dtype=float)
for col in train.columns:
    if col.startswith("plan_") and col not in test.columns:
        test[col] = 0.0

features = [c for c in train.columns if c not in DROP]
print(len(features), "features:", features)

# ---- customer + time holdout -------------------------------------------------------
rng = np.random.default_rng(SEED)
customers = train["customer_id"].unique()
held = rng.choice(customers, size=len(customers) // 4, replace=False)
in_held = train["customer_id"].isin(held)
cut = pd.Timestamp("2024-07-01")
fit_rows = train[~in_held & (train["snapshot_month"] < cut)]
val_rows = train[in_held & (train["snapshot_month"] >= cut)]
print(f"fit: {len(fit_rows)} rows / {fit_rows.customer_id.nunique()} customers")
print(f"val: {len(val_rows)} rows / {val_rows.customer_id.nunique()} customers")
assert not set(fit_rows.customer_id) & set(val_rows.customer_id)


def precision_at_capacity(frame, scores, calls):
    tmp = frame[["snapshot_month", TARGET]].assign(score=scores)
    per_month = []
    for _, month in tmp.groupby("snapshot_month"):
        per_month.append(month.nlargest(calls, "score")[TARGET].mean())
    return float(np.mean(per_month))


calls_val = max(1, CALLS_PER_MONTH // 4)


def make_logreg():
    return make_pipeline(StandardScaler(),
                         LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))


models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "logreg_l2": make_logreg(),
}
rows = []
for name, model in models.items():
    model.fit(fit_rows[features], fit_rows[TARGET])
    p = model.predict_proba(val_rows[features])[:, 1]
    rows.append({
        "model": name,
        "roc_auc": roc_auc_score(val_rows[TARGET], p),
        "avg_precision": average_precision_score(val_rows[TARGET], p),
        "brier": brier_score_loss(val_rows[TARGET], p),
        f"precision@{calls_val}/month": precision_at_capacity(val_rows, p, calls_val),
    })
report = pd.DataFrame(rows).set_index("model").round(4)
print(report.to_string())

lr = models["logreg_l2"].named_steps["logisticregression"]
coefs = pd.Series(lr.coef_[0], index=features).sort_values()
print("\nStrongest drivers (standardised coefficients)")
print(pd.concat([coefs.head(6), coefs.tail(6)]).round(3).to_string())

# ---- final model on all labelled snapshots -> predictions.csv -----------------------
# evaluation is done above; the submission model may use every labelled row
final = make_logreg()
final.fit(train[features], train[TARGET])
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": final.predict_proba(test[features])[:, 1],
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test))
