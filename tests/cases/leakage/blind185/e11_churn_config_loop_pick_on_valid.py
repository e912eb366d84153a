"""Churn take-home: config-driven experiment grid.

Split (by time AND by customer):
  * train : Jan-Jun 2024, customers in bucket A (70%)
  * valid : Jul 2024,     customers in bucket B (15%)
  * test  : Aug-Sep 2024, customers in bucket C (15%)
Every (feature set, model) pair from CONFIG is fitted on train and compared on
valid; only the winner is scored on test, then refitted on all of train.csv for the submission.
"""
import hashlib
from itertools import product

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from lightgbm import LGBMClassifier

TARGET = "churned_next_month"

CONFIG = {
    "feature_sets": {
        "usage": ["logins_30d", "days_since_last_login", "support_tickets_30d"],
        "usage+account": ["logins_30d", "days_since_last_login", "support_tickets_30d",
                          "tenure_months", "monthly_spend"],
        "all": ["logins_30d", "days_since_last_login", "support_tickets_30d",
                "tenure_months", "monthly_spend", "plan_premium", "plan_basic",
                "region_code"],
    },
    "models": {
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=1000)),
        "rf": lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=1),
        "lgbm": lambda: LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=15, verbose=-1),
    },
    "buckets": {"A": 70, "B": 15, "C": 15},
}


def bucket(customer_id):
    h = int(hashlib.md5(str(customer_id).encode()).hexdigest(), 16) % 100
    return "A" if h < 70 else ("B" if h < 85 else "C")


def prepare(frame):
    out = frame.copy()
    out["snapshot_month"] = pd.to_datetime(out["snapshot_month"])
    out["plan_premium"] = (out["plan"] == "premium").astype(int)
    out["plan_basic"] = (out["plan"] == "basic").astype(int)
    out["region_code"] = out["region"].astype(str).str.len()  # cheap stand-in
    out[["logins_30d", "days_since_last_login"]] = out[["logins_30d", "days_since_last_login"]].fillna(0)
    return out


df = prepare(pd.read_csv("train.csv"))
df["bucket"] = df["customer_id"].map(bucket)
m = df["snapshot_month"]
train = df[(df["bucket"] == "A") & (m < "2024-07-01")]
valid = df[(df["bucket"] == "B") & (m >= "2024-07-01") & (m < "2024-08-01")]
test = df[(df["bucket"] == "C") & (m >= "2024-08-01")]
print({k: len(v) for k, v in {"train": train, "valid": valid, "test": test}.items()})

base = DummyClassifier(strategy="prior").fit(train[["tenure_months"]], train[TARGET])
print("baseline (prior) test AUC:", roc_auc_score(test[TARGET], base.predict_proba(test[["tenure_months"]])[:, 1]))

results = []
for (fs_name, cols), (model_name, make_model) in product(
    CONFIG["feature_sets"].items(), CONFIG["models"].items()
):
    model = make_model()
    model.fit(train[cols], train[TARGET])
    score = roc_auc_score(valid[TARGET], model.predict_proba(valid[cols])[:, 1])
    results.append({"features": fs_name, "model": model_name, "auc": score, "fitted": model})
    print(f"{fs_name:>15} | {model_name:<7} | valid AUC {score:.4f}")

results = pd.DataFrame(results).sort_values("auc", ascending=False)
best = results.iloc[0]
cols = CONFIG["feature_sets"][best["features"]]
test_auc = roc_auc_score(test[TARGET], best["fitted"].predict_proba(test[cols])[:, 1])
print(f"\nBest on valid: {best['features']} + {best['model']} (valid AUC {best['auc']:.4f})")
print(f"Held-out test AUC (scored once): {test_auc:.4f}")

final = CONFIG["models"][best["model"]]()
final.fit(df[cols], df[TARGET])

sub = prepare(pd.read_csv("test.csv"))
pd.DataFrame({
    "snapshot_id": sub["snapshot_id"],
    "prediction": final.predict_proba(sub[cols])[:, 1],
}).to_csv("predictions.csv", index=False)
