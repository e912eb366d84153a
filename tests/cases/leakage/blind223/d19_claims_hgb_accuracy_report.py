"""Claims take-home -- HistGradientBoosting on policy-years.

Holdout: policy years 2022 (latest), restricted to policies that first
appear in 2022 so no policy contributes rows to both sides.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score

CAT = ["region", "vehicle_type"]
NUM = ["vehicle_age", "vehicle_value", "annual_mileage", "driver_age", "credit_score",
       "premium", "deductible", "prior_claims_3y", "no_claim_bonus_years", "telematics_score"]


@dataclass
class Split:
    X_train: pd.DataFrame
    y_train: pd.Series
    X_test: pd.DataFrame
    y_test: pd.Series


def load(path="train.csv"):
    d = pd.read_csv(path)
    for c in CAT:
        d[c] = d[c].astype("category")
    d["age_band"] = pd.cut(d["driver_age"], [0, 25, 35, 50, 65, 120], labels=False)
    d["value_k"] = d["vehicle_value"] / 1000.0
    return d


def out_of_time_split(d, test_year=2022):
    tr = d[d["policy_year"] < test_year]
    te = d[(d["policy_year"] >= test_year) & (~d["policy_id"].isin(tr["policy_id"]))]
    feats = NUM + CAT + ["age_band", "value_k"]
    return Split(tr[feats], tr["has_claim"], te[feats], te["has_claim"])


def fit_model(s: Split):
    clf = HistGradientBoostingClassifier(
        learning_rate=0.06,
        max_iter=350,
        max_leaf_nodes=24,
        l2_regularization=0.5,
        categorical_features="from_dtype",
        random_state=5,
    )
    return clf.fit(s.X_train, s.y_train)


def main():
    data = load()
    print(data.groupby("policy_year")["has_claim"].agg(["mean", "count"]))
    s = out_of_time_split(data)
    print(f"train {len(s.X_train)} / test {len(s.X_test)}")

    # baseline: predict 'no claim' for everybody
    majority = int(s.y_train.mean() >= 0.5)
    base_acc = accuracy_score(s.y_test, np.full(len(s.y_test), majority))
    print(f"baseline accuracy (always {majority}): {base_acc:.4f}")

    clf = fit_model(s)
    pred = clf.predict(s.X_test)
    acc = accuracy_score(s.y_test, pred)
    print(f"model accuracy: {acc:.4f}  (+{acc - base_acc:.4f} over baseline)")

    by_region = (
        pd.DataFrame({"region": s.X_test["region"], "hit": (pred == s.y_test.values)})
        .groupby("region", observed=True)["hit"].mean()
    )
    print("accuracy by region:\n", by_region.round(3))

    sub = load("test.csv")
    sub["prediction"] = clf.predict_proba(sub[NUM + CAT + ["age_band", "value_k"]])[:, 1]
    sub[["record_id", "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
