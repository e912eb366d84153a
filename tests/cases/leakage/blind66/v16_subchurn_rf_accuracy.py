"""Subscription churn (90 days) - random forest.

Usage: python churn_rf.py
Reads train.csv / test.csv, writes predictions.csv
"""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

ID = "subscriber_id"
TARGET = "churn_90d"
DROP = [ID, TARGET, "signup_date", "cancel_reason", "refund_issued"]


def engineer(df):
    df = df.copy()
    df["signup_date"] = pd.to_datetime(df["signup_date"])
    df["signup_dow"] = df["signup_date"].dt.dayofweek
    df["annual"] = (df["billing_cycle"] == "annual").astype(int)
    df["skips_per_box"] = df["skips_90d"] / df["boxes_delivered"].clip(lower=1)
    df["pauses_per_month"] = df["pauses_90d"] / 3.0
    df["problem_score"] = df["support_tickets_90d"] + 2 * df["payment_failures_90d"]
    df["price_after_discount"] = df["price"] * (1 - df["discount_pct"])
    df["avg_rating"] = df["avg_rating"].fillna(-1)
    df["long_gap"] = (df["days_since_last_box"] > 45).astype(int)
    return df


def encode(df, columns):
    out = pd.get_dummies(df.drop(columns=DROP, errors="ignore"),
                         columns=["plan", "billing_cycle", "region", "acquisition_channel"], dtype=int)
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0)
    return out


def main():
    train = engineer(pd.read_csv("train.csv"))
    test = engineer(pd.read_csv("test.csv"))

    print("rows:", len(train))
    print("churners:", int(train[TARGET].sum()))
    for col in ["plan", "billing_cycle", "acquisition_channel"]:
        print(train.groupby(col)[TARGET].mean().round(3), "\n")

    X = encode(train, None)
    y = train[TARGET]
    X_test = encode(test, X.columns)

    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, stratify=y, random_state=21)

    clf = RandomForestClassifier(
        n_estimators=300,
        max_depth=12,
        min_samples_leaf=4,
        class_weight="balanced_subsample",
        n_jobs=-1,
        random_state=21,
    )
    clf.fit(X_tr, y_tr)
    acc = accuracy_score(y_va, clf.predict(X_va))
    print(f"validation accuracy: {acc:.4f}")

    top = pd.Series(clf.feature_importances_, index=X.columns).nlargest(10)
    print(top)

    clf.fit(X, y)
    out = pd.DataFrame({ID: test[ID], "prediction": clf.predict_proba(X_test)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
