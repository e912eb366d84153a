"""CatBoost churn model.

CatBoost handles plan/region natively, so there is very little preprocessing.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
CUTOFF = "2024-07-01"
CAT = ["plan", "region"]
FEATS = ["tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
         "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
         "engagement", "billing_stress"]
PARAMS = dict(iterations=800, depth=6, learning_rate=0.05, l2_leaf_reg=5, loss_function="Logloss",
              auto_class_weights="Balanced", random_seed=42, verbose=200)


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df["engagement"] = df["logins_30d"] / (1 + df["days_since_last_login"].fillna(30))
    df["billing_stress"] = df["payment_failures_90d"] * df["monthly_charges"]
    return df


def describe(df):
    """Quick sanity print of the input: rows per month, churn rate, missing values."""
    by_month = df.groupby("snapshot_month").agg(rows=("snapshot_id", "size"),
                                                customers=("customer_id", "nunique"))
    if TARGET in df.columns:
        by_month["churn_rate"] = df.groupby("snapshot_month")[TARGET].mean().round(4)
    print(by_month.to_string())
    missing = df[FEATS].isna().mean()
    print("missing share:", missing[missing > 0].round(3).to_dict())


def pool(df, with_label=True):
    label = df[TARGET] if with_label else None
    return Pool(df[FEATS], label, cat_features=CAT)


def main():
    train = load("train.csv")
    test = load("test.csv")
    print(train.shape, "churn rate", round(train[TARGET].mean(), 4))
    describe(train)
    describe(test)

    model = CatBoostClassifier(**PARAMS)
    model.fit(pool(train))
    p_train = model.predict_proba(pool(train))[:, 1]
    prior = np.full(len(train), train[TARGET].mean())
    print("AUC:", round(roc_auc_score(train[TARGET], p_train), 4))
    print("AP: ", round(average_precision_score(train[TARGET], p_train), 4))
    print("prior baseline AP:", round(average_precision_score(train[TARGET], prior), 4))

    imp = pd.Series(model.get_feature_importance(), index=FEATS).sort_values(ascending=False)
    print(imp.round(2))

    final = CatBoostClassifier(**PARAMS)
    final.fit(pool(train))
    pred = final.predict_proba(pool(test, with_label=False))[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("saved predictions.csv")


if __name__ == "__main__":
    main()
