"""Model bake-off for the card-fraud take-home.

All candidates share the same preprocessing (inside each pipeline) and are scored
on the same 25% holdout. The winner is reported with the business metrics.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h"]
REVIEWS_PER_DAY = 300
TX_PER_DAY = 20_000


@dataclass
class Result:
    name: str
    pr_auc: float
    roc_auc: float
    brier: float
    fit_s: float


def preprocessor(scale: bool) -> ColumnTransformer:
    num = StandardScaler() if scale else "passthrough"
    return ColumnTransformer([
        ("num", num, NUMS),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATS),
    ])


def candidates() -> dict[str, Pipeline]:
    return {
        "baseline_prior": Pipeline([("prep", preprocessor(False)), ("clf", DummyClassifier(strategy="prior"))]),
        "logreg": Pipeline([("prep", preprocessor(True)),
                            ("clf", LogisticRegression(C=0.3, max_iter=5000))]),
        "rf": Pipeline([("prep", preprocessor(False)),
                        ("clf", RandomForestClassifier(n_estimators=400, min_samples_leaf=3,
                                                       n_jobs=-1, random_state=0))]),
        "lgbm": Pipeline([("prep", preprocessor(False)),
                          ("clf", LGBMClassifier(n_estimators=500, learning_rate=0.03,
                                                 num_leaves=31, verbose=-1, random_state=0))]),
        "lgbm_isotonic": Pipeline([("prep", preprocessor(False)),
                                   ("clf", CalibratedClassifierCV(
                                       LGBMClassifier(n_estimators=500, learning_rate=0.03,
                                                      num_leaves=31, verbose=-1, random_state=0),
                                       method="isotonic", cv=3))]),
    }


def capacity_metrics(y, p, amount, share):
    k = int(share * len(p))
    idx = np.argsort(-p)[:k]
    caught = y[idx] == 1
    return {"precision@cap": caught.mean(),
            "recall@cap": caught.sum() / y.sum(),
            "fraud_usd@cap": amount[idx][caught].sum()}


def main():
    df = pd.read_csv("train.csv")
    X = df[NUMS + CATS]
    y = df["is_fraud"].to_numpy()
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)

    results, fitted = [], {}
    for name, pipe in candidates().items():
        t0 = time.time()
        pipe.fit(X_tr, y_tr)
        dt = time.time() - t0
        p = pipe.predict_proba(X_te)[:, 1]
        results.append(Result(name, average_precision_score(y_te, p), roc_auc_score(y_te, p),
                              brier_score_loss(y_te, p), dt))
        fitted[name] = pipe
        print(f"{name:15s} PR-AUC={results[-1].pr_auc:.4f}  ROC-AUC={results[-1].roc_auc:.4f} "
              f"Brier={results[-1].brier:.5f}  ({dt:.1f}s)")

    board = pd.DataFrame([r.__dict__ for r in results]).set_index("name").sort_values("pr_auc", ascending=False)
    print("\n", board.round(5))

    winner = board.index[0]
    print(f"\nselected model: {winner}")
    p_best = fitted[winner].predict_proba(X_te)[:, 1]
    share = REVIEWS_PER_DAY / TX_PER_DAY
    cap = capacity_metrics(y_te, p_best, X_te["amount"].to_numpy(), share)
    base_cap = capacity_metrics(y_te, fitted["baseline_prior"].predict_proba(X_te)[:, 1] + 1e-9 * np.random.rand(len(y_te)),
                                X_te["amount"].to_numpy(), share)
    print(f"review capacity {share:.1%} of traffic")
    print("  winner  :", {k: round(v, 4) for k, v in cap.items()})
    print("  baseline:", {k: round(v, 4) for k, v in base_cap.items()})
    print(f"holdout PR-AUC of the selected model: {board.loc[winner, 'pr_auc']:.4f}")

    final = candidates()[winner].fit(X, y)
    test = pd.read_csv("test.csv")
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "is_fraud": final.predict_proba(test[NUMS + CATS])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
