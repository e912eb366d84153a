"""
Churn - forward-chaining validation.

Rows are sorted by snapshot month and evaluated with TimeSeriesSplit, so every
validation fold lies strictly after its training data (no look-ahead).
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import TimeSeriesSplit

TARGET = "churned_next_month"
NUM_COLS = ["tenure_months", "monthly_spend", "logins_30d",
            "support_tickets_30d", "days_since_last_login"]
CAT_COLS = ["plan", "region"]


def build_matrix(frame, columns=None):
    X = pd.get_dummies(frame[NUM_COLS + CAT_COLS], columns=CAT_COLS, dtype=float)
    X["login_gap_ratio"] = frame["days_since_last_login"] / 30.0
    X["low_engagement"] = (frame["logins_30d"] < 3).astype(float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)

X = build_matrix(df)
y = df[TARGET].to_numpy()
months = df["snapshot_month"]

params = dict(
    n_estimators=350,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.9,
    colsample_bytree=0.8,
    eval_metric="aucpr",
    tree_method="hist",
)

tscv = TimeSeriesSplit(n_splits=4)
rows = []
for fold, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    tr_idx = np.asarray(tr_idx)
    va_idx = np.asarray(va_idx)

    pos = y[tr_idx].sum()
    clf = xgb.XGBClassifier(scale_pos_weight=(len(tr_idx) - pos) / max(pos, 1), **params)
    clf.fit(X.iloc[tr_idx], y[tr_idx])
    p = clf.predict_proba(X.iloc[va_idx])[:, 1]

    base_rate = np.full(len(va_idx), y[tr_idx].mean())
    rows.append({
        "fold": fold,
        "train_until": months.iloc[tr_idx].max().date(),
        "valid_from": months.iloc[va_idx].min().date(),
        "n_valid": len(va_idx),
        "auc": roc_auc_score(y[va_idx], p),
        "pr_auc": average_precision_score(y[va_idx], p),
        "baseline_pr_auc": average_precision_score(y[va_idx], base_rate),
    })

report = pd.DataFrame(rows)
print(report.to_string(index=False))
print("mean AUC %.4f | mean PR-AUC %.4f (baseline %.4f)" % (
    report["auc"].mean(), report["pr_auc"].mean(), report["baseline_pr_auc"].mean()))

# final model on all months
pos = y.sum()
final = xgb.XGBClassifier(scale_pos_weight=(len(y) - pos) / pos, **params)
final.fit(X, y)

test = pd.read_csv("test.csv")
X_test = build_matrix(test, columns=X.columns)
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": final.predict_proba(X_test)[:, 1],
}).to_csv("predictions.csv", index=False)
