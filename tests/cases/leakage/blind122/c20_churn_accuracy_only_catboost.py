# Churn next month - CatBoost
# run: python solution.py
import pandas as pd
import numpy as np
from catboost import CatBoostClassifier
from sklearn.metrics import accuracy_score

TARGET = "churned_next_month"
CATEGORICAL = ["plan", "region", "contract_type", "payment_method"]
NUMERIC = [
    "monthly_charges",
    "tenure_months",
    "logins_30d",
    "support_tickets_30d",
    "payment_failures_90d",
    "discount_pct",
    "autopay",
]


def load_data():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    for df in (train, test):
        df[CATEGORICAL] = df[CATEGORICAL].fillna("NA").astype(str)
    return train, test


def holdout_split(train, cutoff="2024-07-01"):
    past = train[train["snapshot_month"] < cutoff]
    future = train[train["snapshot_month"] >= cutoff]
    future = future[~future["customer_id"].isin(past["customer_id"])]
    return past, future


def build_model(seed=0):
    return CatBoostClassifier(
        iterations=1000,
        learning_rate=0.04,
        depth=6,
        l2_leaf_reg=5,
        cat_features=CATEGORICAL,
        random_seed=seed,
        verbose=200,
    )


def main():
    train, test = load_data()
    print("train:", train.shape, "test:", test.shape)
    print(train[TARGET].value_counts(normalize=True))
    print(train.groupby(train["snapshot_month"].dt.month)[TARGET].mean())

    feats = CATEGORICAL + NUMERIC
    past, future = holdout_split(train)
    print("fit on", len(past), "rows, evaluate on", len(future), "rows")

    majority = int(past[TARGET].mode()[0])
    base_acc = accuracy_score(future[TARGET], np.full(len(future), majority))
    print(f"majority-class baseline accuracy: {base_acc:.4f}")

    model = build_model()
    model.fit(past[feats], past[TARGET])
    pred = model.predict(future[feats])
    acc = accuracy_score(future[TARGET], pred)
    print(f"CatBoost accuracy: {acc:.4f}")

    imp = pd.Series(model.get_feature_importance(), index=feats).sort_values(ascending=False)
    print(imp)

    final = build_model()
    final.fit(train[feats], train[TARGET])
    sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[feats])[:, 1]})
    sub.to_csv("predictions.csv", index=False)
    print("saved predictions.csv")


if __name__ == "__main__":
    main()
