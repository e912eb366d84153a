"""Churn take-home: gradient boosting on monthly customer snapshots.

Run from the bundle directory: python solution.py
Writes predictions.csv (row_id, prediction).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TARGET = "churn"
ID = "row_id"
NUMERIC = ["tenure_months", "monthly_charges", "data_usage_gb", "support_tickets", "late_payments"]
CATEGORICAL = ["plan_type", "contract_type", "region"]
LEVELS = {  # from the data dictionary in brief.md
    "plan_type": ["basic", "standard", "premium", "unlimited"],
    "contract_type": ["month-to-month", "one-year", "two-year"],
    "region": ["north", "south", "east", "west", "central"],
}


def load():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return train, test


def add_features(frame):
    out = frame.copy()
    out["charges_per_gb"] = out["monthly_charges"] / (out["data_usage_gb"] + 1.0)
    out["tickets_per_year"] = out["support_tickets"] / (out["tenure_months"] / 12.0 + 1.0)
    out["autopay"] = out["autopay"].astype(int)
    out["month_of_year"] = out["snapshot_month"].dt.month
    for col in CATEGORICAL:
        out[col] = pd.Categorical(out[col], categories=LEVELS[col])
    return out


FEATURES = NUMERIC + CATEGORICAL + ["charges_per_gb", "tickets_per_year", "autopay", "month_of_year"]


def split_by_time(frame, cutoff):
    """Train on snapshots before the cutoff, evaluate on the snapshots after it."""
    fit_part = frame.query("snapshot_month < @cutoff")
    eval_part = frame.query("snapshot_month >= @cutoff")
    return fit_part, eval_part


def report(name, y_true, proba):
    print(f"{name:22s} roc_auc={roc_auc_score(y_true, proba):.3f} "
          f"pr_auc={average_precision_score(y_true, proba):.3f} "
          f"brier={brier_score_loss(y_true, proba):.4f}")


def main():
    raw, test = load()
    print("train rows:", len(raw), "customers:", raw["customer_id"].nunique())
    print("churn rate: %.3f" % raw[TARGET].mean())
    print(raw.groupby(raw["snapshot_month"].dt.to_period("M"))[TARGET].agg(["mean", "size"]).tail(6))

    data = add_features(raw)
    cutoff = data["snapshot_month"].sort_values().iloc[int(0.8 * len(data))]
    fit_part, eval_part = split_by_time(data, cutoff)
    print(f"cutoff {cutoff.date()}: fit {len(fit_part)} rows, eval {len(eval_part)} rows")

    X_fit, y_fit = fit_part[FEATURES], fit_part[TARGET]
    X_eval, y_eval = eval_part[FEATURES], eval_part[TARGET]

    dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
    report("dummy prior", y_eval, dummy.predict_proba(X_eval)[:, 1])

    model = HistGradientBoostingClassifier(
        learning_rate=0.05,
        max_iter=400,
        max_leaf_nodes=31,
        l2_regularization=1.0,
        categorical_features="from_dtype",
        random_state=0,
    )
    model.fit(X_fit, y_fit)
    proba = model.predict_proba(X_eval)[:, 1]
    report("hist gradient boosting", y_eval, proba)

    top = np.argsort(-proba)[: max(1, len(proba) // 10)]
    print("churn rate in top decile: %.3f" % y_eval.iloc[top].mean())

    # final model on all labelled rows
    model.fit(data[FEATURES], data[TARGET])
    test_features = add_features(test)
    pd.DataFrame({
        ID: test[ID],
        "prediction": model.predict_proba(test_features[FEATURES])[:, 1],
    }).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
