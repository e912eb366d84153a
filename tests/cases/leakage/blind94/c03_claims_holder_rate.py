"""Claim probability model: CatBoost plus policyholder history features."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "claim"
CAT_COLS = ["vehicle_group", "region", "coverage_type", "payment_method"]
SEED = 2024


def basic_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in CAT_COLS:
        df[c] = df[c].fillna("NA").astype(str)
    df["young_driver"] = (df["age"] < 25).astype(int)
    df["senior_driver"] = (df["age"] >= 70).astype(int)
    df["mileage_log"] = np.log1p(df["annual_mileage"])
    df["old_vehicle"] = (df["vehicle_age"] > 10).astype(int)
    return df


def main():
    train = basic_features(pd.read_csv("train.csv"))
    test = basic_features(pd.read_csv("test.csv"))

    # customer history: share of this customer's policy-years with a claim
    train["holder_claim_rate"] = train.groupby("policyholder_id")[TARGET].transform("mean")
    holder_rate = train.groupby("policyholder_id")[TARGET].mean()
    test["holder_claim_rate"] = test["policyholder_id"].map(holder_rate)

    drop = ["row_id", "policyholder_id", "claim_amount", "claim_status", TARGET]
    features = [c for c in train.columns if c not in drop]

    X_tr, X_va, y_tr, y_va = train_test_split(
        train[features], train[TARGET], test_size=0.25, stratify=train[TARGET], random_state=SEED
    )

    model = CatBoostClassifier(
        iterations=1200,
        learning_rate=0.05,
        depth=6,
        eval_metric="AUC",
        auto_class_weights="Balanced",
        random_seed=SEED,
        verbose=200,
    )
    model.fit(Pool(X_tr, y_tr, cat_features=CAT_COLS))

    p_va = model.predict_proba(Pool(X_va, cat_features=CAT_COLS))[:, 1]
    print(f"validation ROC AUC: {roc_auc_score(y_va, p_va):.4f}")
    print(f"validation PR AUC:  {average_precision_score(y_va, p_va):.4f}")

    fi = model.get_feature_importance(prettified=True)
    print(fi.head(10).to_string(index=False))

    p_test = model.predict_proba(Pool(test[features], cat_features=CAT_COLS))[:, 1]
    pd.DataFrame({"row_id": test["row_id"], "prediction": p_test}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
