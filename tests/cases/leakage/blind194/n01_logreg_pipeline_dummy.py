"""Card fraud take-home: logistic regression baseline submission.

Run from the bundle directory: python n01_logreg_pipeline_dummy.py
Writes predictions.csv (transaction_id, prediction).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 42
TARGET = "is_fraud"
ID_COL = "transaction_id"

NUMERIC = ["amount", "hour", "day_of_week"]
CATEGORICAL = ["merchant_category", "country", "device"]


def add_time_parts(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    ts = pd.to_datetime(out["transaction_time"])
    out["hour"] = ts.dt.hour
    out["day_of_week"] = ts.dt.dayofweek
    out["amount"] = np.log1p(out["amount"].clip(lower=0))
    return out


def build_pipeline() -> Pipeline:
    numeric = Pipeline(
        steps=[
            ("impute", SimpleImputer(strategy="median")),
            ("scale", StandardScaler()),
        ]
    )
    categorical = Pipeline(
        steps=[
            ("impute", SimpleImputer(strategy="most_frequent")),
            ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20)),
        ]
    )
    pre = ColumnTransformer(
        transformers=[("num", numeric, NUMERIC), ("cat", categorical, CATEGORICAL)]
    )
    return Pipeline(
        steps=[
            ("pre", pre),
            ("clf", LogisticRegression(max_iter=2000, class_weight="balanced")),
        ]
    )


def main() -> None:
    train = add_time_parts(pd.read_csv("train.csv"))
    test = add_time_parts(pd.read_csv("test.csv"))

    X = train[NUMERIC + CATEGORICAL]
    y = train[TARGET]

    X_train, X_valid, y_train, y_valid = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
    )

    baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
    base_proba = baseline.predict_proba(X_valid)[:, 1]

    model = build_pipeline().fit(X_train, y_train)
    proba = model.predict_proba(X_valid)[:, 1]

    print(f"baseline ROC AUC: {roc_auc_score(y_valid, base_proba):.4f}")
    print(f"baseline PR AUC:  {average_precision_score(y_valid, base_proba):.4f}")
    print(f"model ROC AUC:    {roc_auc_score(y_valid, proba):.4f}")
    print(f"model PR AUC:     {average_precision_score(y_valid, proba):.4f}")

    # refit on all labelled rows for the submission
    final = build_pipeline().fit(X, y)
    preds = final.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": preds}).to_csv(
        "predictions.csv", index=False
    )
    print(f"wrote {len(preds)} predictions")


if __name__ == "__main__":
    main()
