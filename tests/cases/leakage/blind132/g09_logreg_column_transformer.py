"""Logistic regression with a ColumnTransformer (scale numerics, one-hot merchant).

Run: python g09_logreg_column_transformer.py
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = [
    "amount",
    "hour",
    "distance_from_home_km",
    "txn_count_24h",
    "card_age_days",
]
BINARY = ["card_present", "country_mismatch"]
CATEGORICAL = ["merchant_category"]


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d["amount"] = np.log1p(d["amount"])
        d["card_age_days"] = np.log1p(d["card_age_days"])
        d["distance_from_home_km"] = d["distance_from_home_km"].fillna(-1)
    return tr, te


def main():
    train, test = load()
    y = train["is_fraud"].values
    X = train[NUMERIC + BINARY + CATEGORICAL]

    prep = ColumnTransformer(
        [
            ("num", StandardScaler(), NUMERIC),
            ("bin", "passthrough", BINARY),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
        ]
    )
    X_mat = prep.fit_transform(X)
    print("design matrix:", X_mat.shape)

    X_tr, X_te, y_tr, y_te = train_test_split(X_mat, y, test_size=0.25, stratify=y, random_state=11)

    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
    clf.fit(X_tr, y_tr)
    proba = clf.predict_proba(X_te)[:, 1]

    print(f"ROC AUC : {roc_auc_score(y_te, proba):.4f}")
    print(f"PR AUC  : {average_precision_score(y_te, proba):.4f}")
    print(classification_report(y_te, clf.predict(X_te), digits=3))

    names = prep.get_feature_names_out()
    coefs = pd.Series(clf.coef_[0], index=names).sort_values()
    print("most negative:\n", coefs.head(5))
    print("most positive:\n", coefs.tail(5))

    clf.fit(X_mat, y)
    X_sub = prep.transform(test[NUMERIC + BINARY + CATEGORICAL])
    out = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(X_sub)[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
