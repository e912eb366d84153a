"""Fraud: grid search over an imblearn pipeline (scaling, SMOTE, k-best, logistic) on the training part."""
from __future__ import annotations

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.preprocessing import StandardScaler

SEED = 2024
LABEL = "is_fraud"
DROP = ["transaction_id", "merchant_id", "chargeback_flag", LABEL]


def load(path: str = "data/transactions.csv") -> pd.DataFrame:
    df = pd.read_csv(path)
    df["log_amount"] = np.log1p(df["amount"])
    df["amount_ratio"] = df["amount"] / (df["avg_amount_30d"] + 1.0)
    return pd.get_dummies(df, columns=["merchant_category", "device_type"], dtype=int)


def build_search() -> GridSearchCV:
    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("smote", SMOTE(random_state=SEED)),
        ("select", SelectKBest(mutual_info_classif)),
        ("clf", LogisticRegression(max_iter=4000)),
    ])
    grid = {
        "smote__sampling_strategy": [0.1, 0.3],
        "select__k": [10, 20, "all"],
        "clf__C": [0.03, 0.3, 3.0],
    }
    cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=SEED)
    return GridSearchCV(pipe, grid, scoring="average_precision", cv=cv, n_jobs=-1)


def main() -> None:
    df = load().fillna(0)
    X, y = df.drop(columns=DROP), df[LABEL]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

    search = build_search().fit(X_tr, y_tr)
    print("best params:", search.best_params_, "cv AP:", round(search.best_score_, 4))

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    rows = {
        "tuned_pipeline": search.predict_proba(X_te)[:, 1],
        "dummy_prior": dummy.predict_proba(X_te)[:, 1],
    }
    print(pd.DataFrame({k: {"roc_auc": roc_auc_score(y_te, p), "pr_auc": average_precision_score(y_te, p)}
                        for k, p in rows.items()}).T.round(4))


if __name__ == "__main__":
    main()
