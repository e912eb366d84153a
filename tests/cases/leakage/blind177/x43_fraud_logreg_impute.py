"""Fraud: regularised logistic regression on standardised features.

Kept deliberately simple: median imputation, z-scores, one-hot merchant category.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "is_fraud"
ID = "transaction_id"
NUM = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
BIN = ["card_present", "country_mismatch"]


def add_row_features(df):
    df = df.copy()
    df["amount"] = np.log1p(df["amount"])
    df["distance_from_home_km"] = np.log1p(df["distance_from_home_km"])
    df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
    df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
    return pd.get_dummies(df, columns=["merchant_category"], prefix="mc", dtype=float)


def fit_stats(df):
    med = df[NUM].median()
    filled = df[NUM].fillna(med)
    return med, filled.mean(), filled.std()


def standardize(df, med, mu, sd):
    df = df.copy()
    df[NUM] = (df[NUM].fillna(med) - mu) / sd
    return df


def main():
    train = add_row_features(pd.read_csv("train.csv"))
    test = add_row_features(pd.read_csv("test.csv"))
    mc_cols = [c for c in train.columns if c.startswith("mc_")]
    for c in mc_cols:
        if c not in test.columns:
            test[c] = 0.0
    features = NUM + BIN + ["hour_sin", "hour_cos"] + mc_cols

    tr, va = train_test_split(train, test_size=0.25, stratify=train[TARGET], random_state=5)
    med, mu, sd = fit_stats(tr)
    tr = standardize(tr, med, mu, sd)
    va = standardize(va, med, mu, sd)

    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
    clf.fit(tr[features], tr[TARGET])
    p = clf.predict_proba(va[features])[:, 1]
    base = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET]).predict_proba(va[features])[:, 1]
    print(f"logreg   AUC {roc_auc_score(va[TARGET], p):.4f}  AP {average_precision_score(va[TARGET], p):.4f}")
    print(f"baseline AUC {roc_auc_score(va[TARGET], base):.4f}  AP {average_precision_score(va[TARGET], base):.4f}")

    coef = pd.Series(clf.coef_[0], index=features).sort_values()
    print(coef.round(3).to_string())

    # final model: statistics and fit on every labelled row
    full = add_row_features(pd.read_csv("train.csv"))
    med, mu, sd = fit_stats(full)
    full = standardize(full, med, mu, sd)
    test = standardize(test, med, mu, sd)
    final = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000).fit(full[features], full[TARGET])
    pred = final.predict_proba(test[features])[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
