"""Fraud detection take-home.

Steps: load -> light feature engineering -> XGBoost -> holdout metrics -> predictions.csv
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_fscore_support
from xgboost import XGBClassifier

RANDOM_STATE = 17
NON_FEATURES = ["transaction_id", "card_id", "timestamp", "is_fraud"]


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["amount_ratio"] = df["amount"] / df["avg_amount_30d"].replace(0, np.nan)
    df["amount_ratio"] = df["amount_ratio"].fillna(1.0)
    df["night"] = df["hour"].between(0, 5).astype(int)
    df["far_from_home"] = (df["distance_from_home_km"] > 100).astype(int)
    df = pd.get_dummies(df, columns=["merchant_category"], prefix="mcc", dtype=int)
    return df


def main() -> None:
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape, test.shape)
    print(train.dtypes)
    print("fraud rate:", train["is_fraud"].mean())

    data = add_features(train)
    feature_cols = [c for c in data.columns if c not in NON_FEATURES]
    print(len(feature_cols), "features:", feature_cols)

    X_tr, X_te, y_tr, y_te = train_test_split(
        data[feature_cols], data["is_fraud"], test_size=0.2, stratify=data["is_fraud"],
        random_state=RANDOM_STATE,
    )

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    print("baseline AP:", round(average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]), 4))

    ratio = (y_tr == 0).sum() / (y_tr == 1).sum()
    model = XGBClassifier(
        n_estimators=500, max_depth=5, learning_rate=0.05, subsample=0.9,
        colsample_bytree=0.8, scale_pos_weight=ratio, eval_metric="aucpr",
        random_state=RANDOM_STATE, n_jobs=2,
    )
    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]
    p, r, f, _ = precision_recall_fscore_support(y_te, proba > 0.5, average="binary")
    print(f"ROC AUC {roc_auc_score(y_te, proba):.4f} | AP {average_precision_score(y_te, proba):.4f}")
    print(f"precision {p:.3f} recall {r:.3f} f1 {f:.3f}")

    imp = pd.Series(model.feature_importances_, index=feature_cols).sort_values(ascending=False)
    print(imp.head(10))

    model.fit(data[feature_cols], data["is_fraud"])
    test_feat = add_features(test).reindex(columns=feature_cols, fill_value=0)
    pd.DataFrame({
        "transaction_id": test["transaction_id"],
        "prediction": model.predict_proba(test_feat)[:, 1],
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
