"""
Churn snapshots — target-encoded categoricals; LightGBM and a standardised logistic regression.

Encoder and scaling statistics are learned on the fitting rows only and then applied to the
held-out rows (and refit on all of train.csv for the submission).

Holdout scheme: customers are bucketed by customer_id (every 5th bucket is held out);
held-out customers are scored on Jul-Sep, the rest train on Jan-Jun.
"""
import hashlib

import category_encoders as ce
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score

TARGET = "churned_next_month"
CAT_COLS = ["plan", "tenure_band", "charge_band"]
NUM_COLS = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]


def bucket(customer_id, n=5):
    h = hashlib.md5(str(customer_id).encode()).hexdigest()
    return int(h, 16) % n


def add_bands(df):
    df = df.copy()
    df["tenure_band"] = pd.cut(df["tenure_months"], bins=[-1, 2, 6, 12, 24, 60, 999]).astype(str)
    df["charge_band"] = pd.cut(df["monthly_charges"], bins=[-1, 20, 40, 60, 80, 120, 1e6]).astype(str)
    df["usage_hours"] = df["usage_hours"].fillna(0)
    return df


train = add_bands(pd.read_csv("train.csv"))
test = add_bands(pd.read_csv("test.csv"))
train["snapshot_month"] = pd.to_datetime(train["snapshot_month"])
print(train.shape, test.shape)

# combos are where the signal is, e.g. new customers on the premium plan
for d in (train, test):
    d["plan_x_tenure"] = d["plan"] + "|" + d["tenure_band"]
CAT_COLS = CAT_COLS + ["plan_x_tenure"]

# ---- holdout ---------------------------------------------------------------------
held_customer = train["customer_id"].map(bucket) == 0
late = train["snapshot_month"] >= "2024-07-01"
fit_rows = ~held_customer & ~late
eval_rows = held_customer & late
print("fit rows", fit_rows.sum(), "eval rows", eval_rows.sum())
fit_df, eval_df = train[fit_rows], train[eval_rows]
y_fit, y_eval = fit_df[TARGET], eval_df[TARGET]


def encode(fit_frame, *others):
    """Target-encode CAT_COLS with stats from fit_frame, apply to fit_frame and the others."""
    enc = ce.TargetEncoder(cols=CAT_COLS, smoothing=10.0, min_samples_leaf=20)
    enc.fit(fit_frame[CAT_COLS], fit_frame[TARGET])
    out = []
    for frame in (fit_frame,) + others:
        out.append(pd.concat([frame[NUM_COLS], enc.transform(frame[CAT_COLS]).add_suffix("_te")], axis=1))
    return out


X_fit, X_eval = encode(fit_df, eval_df)

# standardisation for the linear model: mean/std of the fitting rows, mapped onto the eval rows
mu, sd = X_fit.mean(), X_fit.std().replace(0, 1)
Z_fit = (X_fit - mu) / sd
Z_eval = (X_eval - mu) / sd


def report(name, proba):
    print(f"{name:<16} ROC AUC {roc_auc_score(y_eval, proba):.4f}   PR AUC {average_precision_score(y_eval, proba):.4f}")


report("baseline (prior)", np.full(len(y_eval), y_fit.mean()))

logit = LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000).fit(Z_fit, y_fit)
report("logreg", logit.predict_proba(Z_eval)[:, 1])

clf = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15, min_child_samples=50,
                     colsample_bytree=0.8, class_weight="balanced", verbose=-1, random_state=8)
clf.fit(X_fit, y_fit)
proba = clf.predict_proba(X_eval)[:, 1]
report("lightgbm", proba)
for t in (0.3, 0.5, 0.7):
    yhat = (proba >= t).astype(int)
    print(f"thr={t}: precision {precision_score(y_eval, yhat, zero_division=0):.3f} "
          f"recall {recall_score(y_eval, yhat):.3f}")

imp = pd.Series(clf.feature_importances_, index=X_fit.columns).sort_values(ascending=False)
print(imp)

# ---- submission ------------------------------------------------------------------
X_all, X_sub = encode(train, test)
clf.fit(X_all, train[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"], "churn_probability": clf.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("done")
