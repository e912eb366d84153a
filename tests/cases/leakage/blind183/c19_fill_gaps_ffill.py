"""Churn snapshots pipeline.

days_since_last_login and logins_30d are missing for some snapshots (the
activity feed was down for a few days each month). The gaps are filled from the
same customer's previous snapshot (carried forward) before modelling.
"""
from typing import List, Tuple

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
GAPPY: List[str] = ["days_since_last_login", "logins_30d"]
FEATURES: List[str] = [
    "tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
    "days_since_last_login", "was_missing", "plan", "region",
]


def read() -> Tuple[pd.DataFrame, pd.DataFrame]:
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return train, test


def fill_gaps(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    frame["was_missing"] = frame[GAPPY].isna().any(axis=1).astype(int)
    for col in GAPPY:
        frame[col] = frame.groupby("customer_id")[col].ffill()
        frame[col] = frame[col].fillna(-1)
    for col in ["plan", "region"]:
        frame[col] = frame[col].astype("category")
    return frame


def holdout(frame: pd.DataFrame, seed: int = 3) -> Tuple[pd.DataFrame, pd.DataFrame]:
    customers = np.sort(frame["customer_id"].unique())
    rng = np.random.default_rng(seed)
    valid_customers = rng.choice(customers, size=len(customers) // 5, replace=False)
    is_valid_customer = frame["customer_id"].isin(valid_customers)
    is_late = frame["snapshot_month"] >= pd.Timestamp("2024-07-01")
    return frame[~is_valid_customer & ~is_late], frame[is_valid_customer & is_late]


def scores(y: pd.Series, p: np.ndarray) -> str:
    return f"AUC={roc_auc_score(y, p):.4f} AP={average_precision_score(y, p):.4f}"


def make_model() -> lgb.LGBMClassifier:
    return lgb.LGBMClassifier(n_estimators=350, learning_rate=0.04, num_leaves=24,
                              min_child_samples=60, colsample_bytree=0.8, random_state=1, verbose=-1)


def main() -> None:
    train, test = read()
    train = fill_gaps(train)

    fit_part, valid_part = holdout(train)
    print(f"fit={len(fit_part)} valid={len(valid_part)}")

    model = make_model().fit(fit_part[FEATURES], fit_part[TARGET])
    baseline = DummyClassifier(strategy="prior").fit(fit_part[FEATURES], fit_part[TARGET])
    print("baseline", scores(valid_part[TARGET], baseline.predict_proba(valid_part[FEATURES])[:, 1]))
    print("lightgbm", scores(valid_part[TARGET], model.predict_proba(valid_part[FEATURES])[:, 1]))

    # for the submission, carry the customer's last known value forward into the test months
    both = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
    both = fill_gaps(both.drop(columns=["was_missing"]))
    test_filled = both[both["_part"] == "test"]

    final = make_model().fit(train[FEATURES], train[TARGET])
    pred = final.predict_proba(test_filled[FEATURES])[:, 1]
    pd.DataFrame({"snapshot_id": test_filled["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
