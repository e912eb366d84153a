import argparse
import json

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "churned_next_month"
CAT_FEATURES = ["plan", "region"]
# retention_offer_accepted and account_closed_date_known are only filled in
# once the customer is already on the way out -> never features.
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
FEATURES = CAT_FEATURES + [
    "tenure_months",
    "monthly_spend",
    "logins_30d",
    "support_tickets_30d",
    "days_since_last_login",
]
assert not set(FEATURES) & set(LEAKY)


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--out", default="predictions.csv")
    ap.add_argument("--iterations", type=int, default=800)
    ap.add_argument("--holdout-frac", type=float, default=0.25)
    return ap.parse_args()


def holdout_split(df, frac, seed=13):
    """Forward-in-time split on customers the model has not seen.

    Customers are assigned to a holdout pool; the model trains on the
    other customers' Jan-Jun rows and is judged on the pool's Jul-Sep rows.
    """
    ids = df["customer_id"].drop_duplicates().sample(frac=frac, random_state=seed)
    pool = df["customer_id"].isin(ids)
    month = pd.to_datetime(df["snapshot_month"])
    tr = df[~pool & (month <= "2024-06-30")]
    ho = df[pool & (month >= "2024-07-01")]
    return tr, ho


def main():
    args = parse_args()
    train = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    for col in CAT_FEATURES:
        train[col] = train[col].fillna("missing").astype(str)
        test[col] = test[col].fillna("missing").astype(str)

    tr, ho = holdout_split(train, args.holdout_frac)
    print(f"train rows {len(tr):,}  holdout rows {len(ho):,}")

    params = dict(
        iterations=args.iterations,
        learning_rate=0.04,
        depth=6,
        l2_leaf_reg=5,
        auto_class_weights="SqrtBalanced",
        random_seed=42,
        verbose=200,
    )
    model = CatBoostClassifier(**params)
    model.fit(Pool(tr[FEATURES], tr[TARGET], cat_features=CAT_FEATURES))

    p_ho = model.predict_proba(Pool(ho[FEATURES], cat_features=CAT_FEATURES))[:, 1]
    base_rate = tr[TARGET].mean()
    p_base = np.full(len(ho), base_rate)

    metrics = {
        "baseline_prior": {
            "roc_auc": roc_auc_score(ho[TARGET], p_base),
            "pr_auc": average_precision_score(ho[TARGET], p_base),
            "log_loss": log_loss(ho[TARGET], p_base),
        },
        "catboost": {
            "roc_auc": roc_auc_score(ho[TARGET], p_ho),
            "pr_auc": average_precision_score(ho[TARGET], p_ho),
            "log_loss": log_loss(ho[TARGET], p_ho),
        },
    }
    print(json.dumps(metrics, indent=2))

    fi = model.get_feature_importance(prettified=True)
    print(fi.head(10).to_string(index=False))

    final = CatBoostClassifier(**params)
    final.fit(Pool(train[FEATURES], train[TARGET], cat_features=CAT_FEATURES))
    pred = final.predict_proba(Pool(test[FEATURES], cat_features=CAT_FEATURES))[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv(args.out, index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": metrics["catboost"]["roc_auc"]}, fh)


if __name__ == "__main__":
    main()
