"""Churn model: LightGBM on monthly subscriber snapshots.

Usage: python k03_churn_time_holdout.py  (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

TARGET = "churned_next_month"
CATEGORICALS = ["plan_type", "contract_type", "region"]
EXCLUDE = {"snapshot_id", "customer_id", "snapshot_month", TARGET,
           "retention_offer_accepted", "account_closed_date_known"}
PARAMS = dict(n_estimators=600, learning_rate=0.03, num_leaves=63,
              min_child_samples=40, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.7, reg_lambda=1.0, random_state=7)


def load(path):
    frame = pd.read_csv(path, parse_dates=["snapshot_month"])
    for col in CATEGORICALS:
        frame[col] = frame[col].astype("category")
    return frame


def engineer(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    grp = frame.groupby("customer_id", observed=True)
    frame["spend_lag1"] = grp["monthly_spend"].shift(1)
    frame["spend_lag2"] = grp["monthly_spend"].shift(2)
    frame["spend_trend"] = frame["monthly_spend"] - frame["spend_lag2"]
    frame["tickets_lag1"] = grp["support_tickets"].shift(1)
    frame["usage_ratio"] = frame["data_usage_gb"] / (grp["data_usage_gb"].shift(1) + 1)
    frame["tenure_years"] = frame["tenure_months"] / 12.0
    frame["cal_month"] = frame["snapshot_month"].dt.month
    return frame


def time_split(frame, n_test_months=3):
    months = sorted(frame["snapshot_month"].unique())
    boundary = months[-n_test_months]
    past = frame[frame["snapshot_month"] < boundary]
    future = frame[frame["snapshot_month"] >= boundary]
    return past, future


def main():
    df = engineer(load("train.csv"))
    print(df[TARGET].value_counts(normalize=True))

    feats = [c for c in df.columns if c not in EXCLUDE]
    train, valid = time_split(df)
    print(f"train {train.shape}, valid {valid.shape}")
    print("valid months:", valid["snapshot_month"].dt.strftime("%Y-%m").unique())

    model = lgb.LGBMClassifier(**PARAMS)
    model.fit(train[feats], train[TARGET], categorical_feature=CATEGORICALS)
    proba = model.predict_proba(valid[feats])[:, 1]

    top_decile = proba >= np.quantile(proba, 0.9)
    print(f"ROC AUC         : {roc_auc_score(valid[TARGET], proba):.4f}")
    print(f"Avg precision   : {average_precision_score(valid[TARGET], proba):.4f}")
    print(f"Recall @ top10% : {recall_score(valid[TARGET], top_decile):.4f}")

    imp = pd.Series(model.booster_.feature_importance("gain"), index=feats)
    print(imp.sort_values(ascending=False).head(10))

    # refit on everything for the submission
    test = load("test.csv")
    both = engineer(pd.concat([load("train.csv"), test], ignore_index=True))
    labelled = both[both["snapshot_id"].isin(df["snapshot_id"])]
    unlabelled = both[both["snapshot_id"].isin(test["snapshot_id"])]
    final = lgb.LGBMClassifier(**PARAMS)
    final.fit(labelled[feats], labelled[TARGET], categorical_feature=CATEGORICALS)
    out = pd.DataFrame({"snapshot_id": unlabelled["snapshot_id"],
                        "prediction": final.predict_proba(unlabelled[feats])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
