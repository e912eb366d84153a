import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"
NOT_FEATURES = ["row_id", "seller_id", "snapshot_month", "signup_date", "region_id", TARGET,
                "deactivation_date", "final_payout_status"]  # last two are filled in after a seller leaves


def build_panel():
    panel = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    sellers = pd.read_csv("sellers.csv", parse_dates=["signup_date"])
    regions = pd.read_csv("regions.csv")
    panel = panel.merge(sellers[["seller_id", "signup_date", "region_id", "is_pro", "main_category"]],
                        on="seller_id", how="left")
    panel = panel.merge(regions[["region_id", "urban_share", "avg_transit_days", "hub_distance_km"]],
                        on="region_id", how="left")
    panel = panel.sort_values(["seller_id", "snapshot_month"]).reset_index(drop=True)

    by_seller = panel.groupby("seller_id")
    # history features: strictly previous months
    panel["orders_prev"] = by_seller["orders_m"].shift(1)
    panel["orders_prev3_mean"] = by_seller["orders_m"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    panel["gmv_prev3_max"] = by_seller["gmv_m"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max())
    panel["review_prev_mean"] = by_seller["avg_review_m"].transform(lambda s: s.shift(1).expanding().mean())
    panel["orders_drop"] = panel["orders_prev3_mean"] - panel["orders_m"]
    panel["age_months"] = (panel["snapshot_month"] - panel["signup_date"]).dt.days // 30
    panel = pd.get_dummies(panel, columns=["main_category"], prefix="cat", dtype=int)
    return panel


def split(panel, cutoff):
    """Train on months before cutoff; test on later months of sellers that are new after the cutoff."""
    cutoff = pd.Timestamp(cutoff)
    train = panel[panel["snapshot_month"] < cutoff]
    test = panel[(panel["snapshot_month"] >= cutoff) & ~panel["seller_id"].isin(train["seller_id"])]
    return train, test


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoff", default="2018-03-01")
    ap.add_argument("--threshold", type=float, default=0.3)
    args = ap.parse_args()
    threshold = args.threshold

    panel = build_panel()
    train, test = split(panel, args.cutoff)
    print(f"train {train.shape}, test {test.shape}, churn {train[TARGET].mean():.3f} / {test[TARGET].mean():.3f}")

    X_tr, y_tr = train.drop(columns=NOT_FEATURES), train[TARGET]
    X_te, y_te = test.drop(columns=NOT_FEATURES), test[TARGET]

    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, max_depth=6,
                                           class_weight="balanced", random_state=0)
    model.fit(X_tr, y_tr)

    proba = model.predict_proba(X_te)[:, 1]
    print(f"ROC AUC           {roc_auc_score(y_te, proba):.3f}")
    print(f"average precision {average_precision_score(y_te, proba):.3f}")
    print(classification_report(y_te, (proba >= threshold).astype(int), digits=3))


if __name__ == "__main__":
    main()
