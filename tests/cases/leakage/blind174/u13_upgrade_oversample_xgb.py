"""Upgrade propensity - XGBoost with random oversampling of upgraders.

12% positives, so I oversample the minority class to 1:2 before training.
Holdout = snapshots from 2023-07 onward of accounts that never appear before that date
(i.e. accounts the model has never seen, scored forward in time).
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from xgboost import XGBClassifier

TARGET = "upgraded_next_30d"
CUTOFF = "2023-07-01"
FEATURES = [
    "seats", "monthly_active_users", "logins_30d", "feature_usage_score",
    "support_tickets_30d", "tenure_months", "mrr", "days_since_last_login", "trial_user",
    "mau_per_seat", "logins_per_mau", "is_pro", "is_starter",
]


def add_cols(df):
    df = df.copy()
    df["mau_per_seat"] = df["monthly_active_users"] / df["seats"].clip(lower=1)
    df["logins_per_mau"] = df["logins_30d"] / df["monthly_active_users"].clip(lower=1)
    df["is_pro"] = (df["plan_tier"] == "pro").astype(int)
    df["is_starter"] = (df["plan_tier"] == "starter").astype(int)
    return df


def time_and_account_split(df):
    before = df[df["snapshot_date"] < CUTOFF]
    after = df[df["snapshot_date"] >= CUTOFF]
    after = after[~after["account_id"].isin(before["account_id"])]
    return before, after


def evaluate(tag, y, p):
    print(f"[{tag}] roc_auc={roc_auc_score(y, p):.4f} pr_auc={average_precision_score(y, p):.4f} "
          f"brier={brier_score_loss(y, p):.4f}")


def main():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_date"])
    df = add_cols(df)
    test = add_cols(test)
    print("raw class balance:\n", df[TARGET].value_counts())

    # balance classes: upgraders up to half the size of non-upgraders
    ros = RandomOverSampler(sampling_strategy=0.5, random_state=1)
    X_res, y_res = ros.fit_resample(df.drop(columns=[TARGET]), df[TARGET])
    df = X_res.assign(**{TARGET: y_res.values})
    print("after oversampling:\n", df[TARGET].value_counts())

    train, valid = time_and_account_split(df)
    print(f"train {train.shape}, valid {valid.shape}, new accounts in valid: {valid.account_id.nunique()}")

    X_tr, y_tr = train[FEATURES], train[TARGET]
    X_va, y_va = valid[FEATURES], valid[TARGET]

    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    evaluate("baseline", y_va, base.predict_proba(X_va)[:, 1])

    model = XGBClassifier(
        n_estimators=500,
        learning_rate=0.05,
        max_depth=4,
        subsample=0.8,
        colsample_bytree=0.8,
        eval_metric="aucpr",
        random_state=1,
    )
    model.fit(X_tr, y_tr)
    p_va = model.predict_proba(X_va)[:, 1]
    evaluate("xgb", y_va, p_va)

    print(pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False))

    model.fit(df[FEATURES], df[TARGET])
    out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(test[FEATURES])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print(out.prediction.describe())


if __name__ == "__main__":
    main()
