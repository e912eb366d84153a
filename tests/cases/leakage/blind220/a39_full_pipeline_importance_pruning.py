"""
churn-snapshots -- end-to-end submission script.

1. point-in-time features from each customer's earlier snapshots
2. blocks:  train = customers A, Jan-Jun | valid = customers B, Jul-Sep | test = customers C, Jul-Sep
3. importance-based pruning and the decision threshold are both decided on train/valid only
4. test block scored once, memo table printed
5. the submission model is refit on every labelled snapshot (scaler included)
"""
import json
import sys

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, brier_score_loss, precision_score,
                             recall_score, roc_auc_score)
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
NON_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", "plan", "block", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]
CAPACITY = 300
SEED = 31


def features(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    for col in ("usage_hours", "support_tickets", "payment_failures", "monthly_charges"):
        lagged = g[col].shift(1)
        df[f"{col}_l1"] = lagged
        df[f"{col}_prevmean"] = lagged.groupby(df["customer_id"]).transform(lambda s: s.expanding().mean())
        df[f"{col}_d1"] = df[col] - lagged
    df["n_prev"] = g.cumcount()
    df = df.join(pd.get_dummies(df["plan"], prefix="plan", dtype=float))
    return df.fillna(0.0)


def assign_blocks(df, seed):
    cust = df["customer_id"].unique()
    rng = np.random.default_rng(seed)
    roles = rng.choice(["A", "B", "C"], size=len(cust), p=[0.6, 0.2, 0.2])
    df["block"] = df["customer_id"].map(dict(zip(cust, roles)))
    late = pd.to_datetime(df["snapshot_month"]) >= "2024-07-01"
    return df[(df.block == "A") & ~late], df[(df.block == "B") & late], df[(df.block == "C") & late]


full = features(pd.read_csv("train.csv"))
train, valid, test = assign_blocks(full, SEED)
cols = [c for c in full.columns if c not in NON_FEATURES]
print("blocks:", len(train), len(valid), len(test), file=sys.stderr)

# --- importance pruning on the training block only -----------------------------------
probe = LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31, verbose=-1, random_state=SEED)
probe.fit(train[cols], train[TARGET])
gain = pd.Series(probe.booster_.feature_importance("gain"), index=cols).sort_values(ascending=False)
keep = list(gain[gain.cumsum() / gain.sum() <= 0.97].index) or list(gain.index[:10])
print(f"kept {len(keep)}/{len(cols)} features")

# --- candidates compared on the validation block -------------------------------------
def lgbm():
    return LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=24, min_child_samples=60,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1,
                          random_state=SEED)


scaler = StandardScaler().fit(train[keep])
lr = LogisticRegression(C=0.1, max_iter=3000).fit(scaler.transform(train[keep]), train[TARGET])
gbm = lgbm().fit(train[keep], train[TARGET])
val_scores = {
    "logreg": average_precision_score(valid[TARGET], lr.predict_proba(scaler.transform(valid[keep]))[:, 1]),
    "lightgbm": average_precision_score(valid[TARGET], gbm.predict_proba(valid[keep])[:, 1]),
}
print("validation PR AUC:", {k: round(v, 4) for k, v in val_scores.items()})
winner = max(val_scores, key=val_scores.get)


def predict(frame):
    if winner == "logreg":
        return lr.predict_proba(scaler.transform(frame[keep]))[:, 1]
    return gbm.predict_proba(frame[keep])[:, 1]


# threshold from the validation block: flag as many as the desk can call (20% of the book)
pv = predict(valid)
per_month = valid.groupby("snapshot_month").size().mean()
threshold = float(np.quantile(pv, 1 - min(1.0, 0.2 * CAPACITY / per_month)))

# --- test block, once ------------------------------------------------------------------
pt = predict(test)
dummy = DummyClassifier(strategy="prior").fit(train[keep], train[TARGET])
pb = dummy.predict_proba(test[keep])[:, 1]
flag = pt >= threshold
memo = {
    "model": winner,
    "features_kept": len(keep),
    "test_roc_auc": round(roc_auc_score(test[TARGET], pt), 4),
    "test_pr_auc": round(average_precision_score(test[TARGET], pt), 4),
    "test_brier": round(brier_score_loss(test[TARGET], pt), 5),
    "baseline_pr_auc": round(average_precision_score(test[TARGET], pb), 4),
    "baseline_brier": round(brier_score_loss(test[TARGET], pb), 5),
    "threshold": round(threshold, 4),
    "precision_at_threshold": round(precision_score(test[TARGET], flag, zero_division=0), 3),
    "recall_at_threshold": round(recall_score(test[TARGET], flag), 3),
}
print(json.dumps(memo, indent=2))

# --- submission: refit on all labelled snapshots --------------------------------------
X_all = full[keep]
if winner == "logreg":
    scaler_all = StandardScaler().fit(X_all)
    final = LogisticRegression(C=0.1, max_iter=3000).fit(scaler_all.transform(X_all), full[TARGET])
else:
    scaler_all = None
    final = lgbm().fit(X_all, full[TARGET])
sub = features(pd.read_csv("test.csv"))
for c in keep:
    if c not in sub:
        sub[c] = 0.0
Xs = sub[keep] if scaler_all is None else scaler_all.transform(sub[keep])
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": final.predict_proba(Xs)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("predictions.csv written:", len(sub))
