"""Churn take-home.

CatBoost-style ordered target encoding for the categoricals, hist GBM on top,
5-fold stratified CV on the training file. Transaction history is summarised
per customer with plain pandas.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.pipeline import Pipeline
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

SEED = 7
CAT_COLS = ["plan", "region", "payment_method"]
DROP = ["customer_id", "churned", "cancellation_reason", "last_bill_refund", "signup_date"]


def transaction_summary(tx: pd.DataFrame) -> pd.DataFrame:
    g = tx.groupby("customer_id")
    out = pd.DataFrame({
        "tx_count": g.size(),
        "tx_amount_sum": g["amount"].sum(),
        "tx_amount_mean": g["amount"].mean(),
        "tx_amount_max": g["amount"].max(),
        "tx_n_categories": g["category"].nunique(),
        "tx_share_online": g["channel"].apply(lambda s: (s == "online").mean()),
    })
    return out.reset_index()


def build(df: pd.DataFrame, tx_sum: pd.DataFrame) -> pd.DataFrame:
    df = df.merge(tx_sum, on="customer_id", how="left")
    df["tx_count"] = df["tx_count"].fillna(0)
    df["fee_per_device"] = df["monthly_fee"] / df["num_devices"].clip(lower=1)
    return df


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    tx = pd.read_csv("transactions.csv")
    tx_sum = transaction_summary(tx)

    train = build(train, tx_sum)
    test = build(test, tx_sum)

    X = train.drop(columns=DROP)
    y = train["churned"]
    print("rows:", len(X), "churn rate:", round(y.mean(), 3))

    pipe = Pipeline([
        ("enc", ce.CatBoostEncoder(cols=CAT_COLS, sigma=0.05, random_state=SEED)),
        ("clf", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05,
                                               max_leaf_nodes=31, random_state=SEED)),
    ])
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    scoring = ["roc_auc", "average_precision"]

    res = cross_validate(pipe, X, y, cv=cv, scoring=scoring)
    base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring)

    for m in scoring:
        print(f"{m:>18}: model {res['test_' + m].mean():.4f} +/- {res['test_' + m].std():.4f}"
              f" | dummy {base['test_' + m].mean():.4f}")

    pipe.fit(X, y)
    preds = pipe.predict_proba(test.drop(columns=[c for c in DROP if c in test.columns]))[:, 1]
    pd.DataFrame({"customer_id": test["customer_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
