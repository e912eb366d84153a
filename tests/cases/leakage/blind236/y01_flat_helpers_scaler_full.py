"""Churn take-home -- flattened from my utils/ package + train.py so it runs as one file.

Run from the bundle directory (train.csv, test.csv, task.json next to it).
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")


# ------------------------------------------------------------------ utils/io.py
def load_task(path="task.json"):
    with open(path) as fh:
        return json.load(fh)


def load_frames():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for frame in (train, test):
        frame["snapshot_month"] = pd.to_datetime(frame["snapshot_month"])
    return train, test


# ------------------------------------------------------------ utils/features.py
NUMERIC = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
PLANS = ["basic", "standard", "premium"]


def add_features(frame):
    out = frame.copy()
    out["charges_per_hour"] = out["monthly_charges"] / (out["usage_hours"] + 1.0)
    out["log_usage"] = np.log1p(out["usage_hours"].clip(lower=0))
    out["has_failures"] = (out["payment_failures"] > 0).astype(int)
    dummies = pd.get_dummies(out["plan"].str.lower(), prefix="plan")
    for p in PLANS:
        col = f"plan_{p}"
        out[col] = dummies[col].astype(int) if col in dummies else 0
    return out


def feature_columns():
    return NUMERIC + ["charges_per_hour", "log_usage", "has_failures"] + [f"plan_{p}" for p in PLANS]


# --------------------------------------------------------------- utils/split.py
def customer_time_split(frame, cutoff, holdout_frac=0.25, seed=42):
    """Hold out a set of customers AND only evaluate them on months after the cutoff,
    so validation looks like test.csv (later months, customers we never trained on)."""
    rng = np.random.RandomState(seed)
    customers = frame["customer_id"].drop_duplicates().values
    n_hold = int(len(customers) * holdout_frac)
    held = set(rng.choice(customers, n_hold, replace=False))
    is_held = frame["customer_id"].isin(held)
    before = frame["snapshot_month"] < cutoff
    return frame.index[~is_held & before], frame.index[is_held & ~before]


# -------------------------------------------------------------- utils/report.py
def report(name, y_true, p):
    auc = roc_auc_score(y_true, p)
    ap = average_precision_score(y_true, p)
    brier = brier_score_loss(y_true, p)
    print(f"{name:<22} AUC={auc:.4f}  AP={ap:.4f}  Brier={brier:.4f}")
    return {"model": name, "auc": auc, "ap": ap, "brier": brier}


# ------------------------------------------------------------------------ main
def main():
    task = load_task()
    target = task.get("target", "churned_next_month")
    train, test = load_frames()
    train = add_features(train)
    test = add_features(test)
    cols = feature_columns()

    X = train[cols].astype(float)
    y = train[target].astype(int)

    # put everything on the same scale for the linear model
    scaler = StandardScaler()
    X_scaled = pd.DataFrame(scaler.fit_transform(X), columns=cols, index=X.index)

    tr_idx, va_idx = customer_time_split(train, pd.Timestamp("2024-07-01"))
    print(f"train rows {len(tr_idx)}, valid rows {len(va_idx)}, "
          f"valid churn rate {y.loc[va_idx].mean():.3f}")

    results = []
    dummy = DummyClassifier(strategy="prior").fit(X_scaled.loc[tr_idx], y.loc[tr_idx])
    results.append(report("baseline (prior)", y.loc[va_idx],
                          dummy.predict_proba(X_scaled.loc[va_idx])[:, 1]))

    logreg = LogisticRegression(C=0.3, class_weight="balanced", max_iter=2000)
    logreg.fit(X_scaled.loc[tr_idx], y.loc[tr_idx])
    p_valid = logreg.predict_proba(X_scaled.loc[va_idx])[:, 1]
    results.append(report("logreg C=0.3", y.loc[va_idx], p_valid))

    coefs = pd.Series(logreg.coef_[0], index=cols).sort_values()
    print("\ncoefficients:")
    print(coefs.round(3).to_string())

    pd.DataFrame(results).to_csv("valid_metrics.csv", index=False)

    # final model on everything for the submission
    final = LogisticRegression(C=0.3, class_weight="balanced", max_iter=2000)
    final.fit(X_scaled, y)
    X_test = pd.DataFrame(scaler.transform(test[cols].astype(float)), columns=cols)
    pd.DataFrame({
        "snapshot_id": test["snapshot_id"],
        "prediction": final.predict_proba(X_test)[:, 1],
    }).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", len(test))


if __name__ == "__main__":
    main()
