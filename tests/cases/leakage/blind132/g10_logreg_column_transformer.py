"""Logistic regression with a ColumnTransformer (scale numerics, one-hot merchant).

The preprocessing lives in the same Pipeline as the model, so it is fitted on
the training split only.

Run: python g10_logreg_column_transformer.py
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
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
    model = Pipeline([("prep", prep), ("clf", LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))])

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=11)

    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]

    print(f"ROC AUC : {roc_auc_score(y_te, proba):.4f}")
    print(f"PR AUC  : {average_precision_score(y_te, proba):.4f}")
    print(classification_report(y_te, model.predict(X_te), digits=3))

    names = model.named_steps["prep"].get_feature_names_out()
    coefs = pd.Series(model.named_steps["clf"].coef_[0], index=names).sort_values()
    print("most negative:\n", coefs.head(5))
    print("most positive:\n", coefs.tail(5))

    model.fit(X, y)
    out = pd.DataFrame({
        "transaction_id": test["transaction_id"],
        "prediction": model.predict_proba(test[NUMERIC + BINARY + CATEGORICAL])[:, 1],
    })
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
