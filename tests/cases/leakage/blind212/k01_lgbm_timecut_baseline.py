"""
Churn snapshots take-home -- LightGBM with a time-based holdout.

test.csv is Oct-Dec 2024 for customers we never see in train, so my holdout
tries to look like that: fit on Jan-Jun, validate on Jul-Sep, and only keep the
validation customers that do not show up in the training months at all.
"""
import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

with open("task.json") as f:
    task = json.load(f)

TARGET = task["target"]
ID_COL = task["id_column"]
CUTOFF = "2024-07"

train_raw = pd.read_csv("train.csv")
test_raw = pd.read_csv("test.csv")
print(train_raw.shape, test_raw.shape)
print(train_raw[TARGET].value_counts())


def add_features(df):
    out = df.copy()
    out["month"] = out["snapshot_month"].str[:7]
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out["tickets_per_hour"] = out["support_tickets"] / (out["usage_hours"] + 1)
    out["has_failed_payment"] = (out["payment_failures"] > 0).astype(int)
    out["plan"] = out["plan"].astype("category")
    return out


train = add_features(train_raw)
test = add_features(test_raw)

FEATURES = [
    "plan",
    "monthly_charges",
    "tenure_months",
    "usage_hours",
    "support_tickets",
    "payment_failures",
    "charges_per_tenure",
    "tickets_per_hour",
    "has_failed_payment",
]

# ---- holdout: earlier months for fitting, later months / unseen customers for scoring
fit_part = train[train["month"] < CUTOFF]
hold_part = train[train["month"] >= CUTOFF]
seen_customers = set(fit_part["customer_id"])
hold_part = hold_part[~hold_part["customer_id"].isin(seen_customers)]

print(f"fit rows: {len(fit_part)}  holdout rows: {len(hold_part)}")
print("holdout churn rate:", round(hold_part[TARGET].mean(), 4))

X_fit, y_fit = fit_part[FEATURES], fit_part[TARGET]
X_hold, y_hold = hold_part[FEATURES], hold_part[TARGET]

params = dict(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=7,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(X_fit, y_fit)

baseline = DummyClassifier(strategy="prior")
baseline.fit(X_fit, y_fit)


def report(name, y_true, p):
    print(
        f"{name:>10s}  roc_auc={roc_auc_score(y_true, p):.4f}  "
        f"pr_auc={average_precision_score(y_true, p):.4f}  "
        f"brier={brier_score_loss(y_true, p):.4f}"
    )


report("baseline", y_hold, baseline.predict_proba(X_hold)[:, 1])
report("lgbm", y_hold, model.predict_proba(X_hold)[:, 1])

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)

# ---- final model on all of train.csv for the submission
final = lgb.LGBMClassifier(**params)
final.fit(train[FEATURES], train[TARGET])
test_pred = final.predict_proba(test[FEATURES])[:, 1]
pd.DataFrame({ID_COL: test[ID_COL], "prediction": np.clip(test_pred, 0, 1)}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(test_pred))
