"""Churn take-home: out-of-time and out-of-customer validation.

Validation = the last months, restricted to customers the model has never seen,
which is closest to how the model will be used on newly onboarded accounts.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "churned"
ID = "snapshot_id"
DROP = ["cancellation_reason", "retention_call_made"]  # filled after the outcome
NUM = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
CAT = ["plan", "region"]
SMOOTHING = 50


def fit_smoothed_means(frame, cols, target, m=SMOOTHING):
    """Smoothed target mean per category, learned from `frame` only."""
    global_mean = frame[target].mean()
    tables = {}
    for col in cols:
        stats = frame.groupby(col)[target].agg(["sum", "count"])
        tables[col] = (stats["sum"] + m * global_mean) / (stats["count"] + m)
    return tables, global_mean


def apply_smoothed_means(frame, tables, global_mean):
    out = pd.DataFrame(index=frame.index)
    for col, table in tables.items():
        out[col + "_te"] = frame[col].map(table).fillna(global_mean).astype(float)
    return out


def add_lags(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["usage_prev"] = g["usage_gb"].shift(1)
    df["tickets_prev3"] = g["support_tickets"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    df["late_cum"] = g["late_payments"].cumsum() - df["late_payments"]
    return df


LAGS = ["usage_prev", "tickets_prev3", "late_cum"]


def design(frame, tables, global_mean):
    return pd.concat([frame[NUM + LAGS], apply_smoothed_means(frame, tables, global_mean)], axis=1)


def new_model():
    return HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=250, max_depth=5, early_stopping=False, random_state=0
    )


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=DROP)
df = add_lags(df)

months = np.sort(df["snapshot_month"].unique())
cut = months[-3]
train = df[df["snapshot_month"] < cut]
valid = df[df["snapshot_month"] >= cut]
valid = valid[~valid["customer_id"].isin(train["customer_id"])]
print(f"train rows {len(train)}, valid rows {len(valid)} from {valid['customer_id'].nunique()} unseen customers")
print("valid churn rate", round(valid[TARGET].mean(), 4))

tables, gm = fit_smoothed_means(train, CAT, TARGET)
X_tr, y_tr = design(train, tables, gm), train[TARGET]
X_va, y_va = design(valid, tables, gm), valid[TARGET]

model = new_model().fit(X_tr, y_tr)
p_va = model.predict_proba(X_va)[:, 1]

# reference: predict the training churn rate for everybody
p_ref = np.full(len(y_va), y_tr.mean())
print(f"{'':10s}{'logloss':>10s}{'roc_auc':>10s}{'pr_auc':>10s}")
print(f"{'prior':10s}{log_loss(y_va, p_ref):10.4f}{0.5:10.4f}{average_precision_score(y_va, p_ref):10.4f}")
print(f"{'model':10s}{log_loss(y_va, p_va):10.4f}{roc_auc_score(y_va, p_va):10.4f}"
      f"{average_precision_score(y_va, p_va):10.4f}")

# refit on every labelled month (encodings recomputed on the full training file)
tables, gm = fit_smoothed_means(df, CAT, TARGET)
final = new_model().fit(design(df, tables, gm), df[TARGET])

test = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).drop(columns=DROP, errors="ignore")
both = add_lags(pd.concat([df.drop(columns=LAGS), test], ignore_index=True))
test_rows = both[both[ID].isin(test[ID])]
pred = final.predict_proba(design(test_rows, tables, gm))[:, 1]
pd.DataFrame({ID: test_rows[ID].values, "prediction": pred}).to_csv("predictions.csv", index=False)
print("predictions.csv:", len(pred), "rows")
