"""
Churn prediction - gradient boosting with a time-based holdout.

Jan-Jun snapshots are used for training, Jul-Sep for validation, so that the
model is always judged on months later than the ones it learned from.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
            "logins_30d", "days_since_last_login", "support_tickets_30d",
            "payment_failures_90d"]
CATEGORICAL = ["plan", "region"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def prep(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[FEATURES].copy()
    for c in CATEGORICAL:
        out[c] = out[c].astype("category")
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out["tickets_x_failures"] = out["support_tickets_30d"] * out["payment_failures_90d"]
    return out


# ---- time split -------------------------------------------------------------
cutoff = pd.Timestamp("2024-07-01")
tr = train[train.snapshot_month < cutoff]
va = train[train.snapshot_month >= cutoff]
print(f"train months: {tr.snapshot_month.min():%Y-%m} .. {tr.snapshot_month.max():%Y-%m}  ({len(tr)} rows)")
print(f"valid months: {va.snapshot_month.min():%Y-%m} .. {va.snapshot_month.max():%Y-%m}  ({len(va)} rows)")

X_tr, y_tr = prep(tr), tr[TARGET]
X_va, y_va = prep(va), va[TARGET]
cats = [list(X_tr.columns).index(c) for c in CATEGORICAL]
for c in CATEGORICAL:
    X_va[c] = pd.Categorical(X_va[c], categories=X_tr[c].cat.categories)

gbm = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=300, max_leaf_nodes=15,
    categorical_features=cats, random_state=0,
)
gbm.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

scores = {}
for name, mdl in [("baseline_prior", dummy), ("hist_gbm", gbm)]:
    p = mdl.predict_proba(X_va)[:, 1]
    scores[name] = {"roc_auc": roc_auc_score(y_va, p), "pr_auc": average_precision_score(y_va, p)}
print(pd.DataFrame(scores).T.round(4))

# ---- monthly stability on the validation quarter ----------------------------
va = va.assign(p=gbm.predict_proba(X_va)[:, 1])
by_month = va.groupby("snapshot_month").apply(
    lambda g: pd.Series({"n": len(g), "churn_rate": g[TARGET].mean(),
                         "auc": roc_auc_score(g[TARGET], g.p) if g[TARGET].nunique() > 1 else np.nan})
)
print(by_month.round(4))

# ---- refit on Jan-Sep and score Oct-Dec ------------------------------------
X_all = prep(train)
X_te = prep(test)
for c in CATEGORICAL:
    X_te[c] = pd.Categorical(X_te[c], categories=X_all[c].cat.categories)
final = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=300, max_leaf_nodes=15,
    categorical_features=cats, random_state=0,
).fit(X_all, train[TARGET])
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": final.predict_proba(X_te)[:, 1]}).to_csv("predictions.csv", index=False)
