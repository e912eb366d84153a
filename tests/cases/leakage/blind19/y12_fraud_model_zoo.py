"""Compare several fraud classifiers and report the winner."""
from __future__ import annotations

from typing import Any

import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SETTINGS: dict[str, Any] = {
    "csv": "data/transactions.csv",
    "label": "is_fraud",
    "numeric": ["amount", "avg_amount_30d", "n_txn_24h", "account_age_days",
                "customer_age", "hour", "card_present", "country_mismatch"],
    "categorical": ["merchant_category", "device_type"],
    "seed": 21,
}


def preprocessor(numeric: list[str], categorical: list[str]) -> ColumnTransformer:
    return ColumnTransformer([
        ("num", StandardScaler(), numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
    ])


def candidate_models(seed: int) -> dict[str, Any]:
    return {
        "logreg": LogisticRegression(max_iter=3000, class_weight="balanced"),
        "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                                     class_weight="balanced_subsample", random_state=seed, n_jobs=-1),
        "extra_trees": ExtraTreesClassifier(n_estimators=400, min_samples_leaf=5,
                                            class_weight="balanced", random_state=seed, n_jobs=-1),
        "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=seed),
    }


def fit_and_score(pipe: Pipeline, X_tr, y_tr, X_ev, y_ev) -> dict[str, float]:
    pipe.fit(X_tr, y_tr)
    proba = pipe.predict_proba(X_ev)[:, 1]
    return {"roc_auc": roc_auc_score(y_ev, proba), "pr_auc": average_precision_score(y_ev, proba)}


def main() -> None:
    s = SETTINGS
    df = pd.read_csv(s["csv"])
    X = df[s["numeric"] + s["categorical"]]
    y = df[s["label"]]
    X_train, X_hold, y_train, y_hold = train_test_split(
        X, y, test_size=0.3, stratify=y, random_state=s["seed"]
    )

    pre = preprocessor(s["numeric"], s["categorical"])
    leaderboard: dict[str, dict[str, float]] = {}
    for name, est in candidate_models(s["seed"]).items():
        pipe = Pipeline([("pre", clone(pre)), ("clf", est)])
        leaderboard[name] = fit_and_score(pipe, X_train, y_train, X_hold, y_hold)

    board = pd.DataFrame(leaderboard).T.sort_values("pr_auc", ascending=False)
    print(board.round(4))

    winner = board.index[0]
    dummy = Pipeline([("pre", clone(pre)), ("clf", DummyClassifier(strategy="prior"))])
    dummy_scores = fit_and_score(dummy, X_train, y_train, X_hold, y_hold)

    print(f"\nselected model: {winner}")
    print(f"held-out PR-AUC {board.loc[winner, 'pr_auc']:.4f} "
          f"(dummy {dummy_scores['pr_auc']:.4f}), "
          f"ROC-AUC {board.loc[winner, 'roc_auc']:.4f} (dummy {dummy_scores['roc_auc']:.4f})")


if __name__ == "__main__":
    main()
