"""churn_forest: random-forest submission for the churn-snapshots task.

Originally four modules (settings.py, features.py, splitting.py, train.py); pasted into one
file because the upload form takes a single script.
"""
import json
import logging
from typing import Callable, Dict, List, Tuple, TypedDict

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

LOGGER = logging.getLogger(__name__)


# === settings.py ==========================================================
class TaskSpec(TypedDict):
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: List[str]
    metric: str


def read_task(path: str = "task.json") -> TaskSpec:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# === features.py ==========================================================
PLAN_ORDER = {"basic": 0, "standard": 1, "premium": 2}

FEATURE_FUNCS: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "plan_level": lambda d: d["plan"].map(PLAN_ORDER).fillna(-1),
    "charges_per_tenure": lambda d: d["monthly_charges"] / (d["tenure_months"] + 1),
    "dormant": lambda d: (d["days_since_last_login"] > 21).astype(int),
    "engagement": lambda d: np.log1p(d["logins_30d"]) - np.log1p(d["support_tickets_30d"]),
    "pay_fail_any": lambda d: d["payment_failures_90d"].clip(upper=3),
}

BASE_COLUMNS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
                "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    feats = df[BASE_COLUMNS].copy()
    for name, func in FEATURE_FUNCS.items():
        feats[name] = func(df)
    region_dummies = pd.get_dummies(df["region"], prefix="region", dtype=int)
    return pd.concat([feats, region_dummies], axis=1).fillna(0)


# === splitting.py =========================================================
def holdout_split(df: pd.DataFrame, spec: TaskSpec, holdout_from: str = "2024-07-01") -> Tuple[np.ndarray, np.ndarray]:
    """Boolean masks (fit, holdout). The holdout is the last quarter of snapshots,
    the same shape as test.csv which starts right after the training months."""
    months = pd.to_datetime(df[spec["time_column"]])
    holdout = (months >= pd.Timestamp(holdout_from)).to_numpy()
    return ~holdout, holdout


# === train.py =============================================================
def forest_factory(seed: int = 0) -> RandomForestClassifier:
    return RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features=0.4,
                                  class_weight="balanced_subsample", n_jobs=-1, random_state=seed)


def dummy_factory(seed: int = 0) -> DummyClassifier:
    return DummyClassifier(strategy="stratified", random_state=seed)


def evaluate(y_true: np.ndarray, scores: np.ndarray) -> Dict[str, float]:
    return {
        "roc_auc": round(float(roc_auc_score(y_true, scores)), 4),
        "pr_auc": round(float(average_precision_score(y_true, scores)), 4),
        "brier": round(float(brier_score_loss(y_true, scores)), 4),
    }


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="[%(levelname)s] %(message)s")
    spec = read_task()
    train = pd.read_csv("train.csv")
    X = featurize(train)
    y = train[spec["target"]].to_numpy()

    fit_mask, hold_mask = holdout_split(train, spec)
    LOGGER.info("fit rows %d / holdout rows %d", fit_mask.sum(), hold_mask.sum())

    scores: Dict[str, Dict[str, float]] = {}
    for name, factory in {"dummy": dummy_factory, "forest": forest_factory}.items():
        est = factory()
        est.fit(X[fit_mask], y[fit_mask])
        scores[name] = evaluate(y[hold_mask], est.predict_proba(X[hold_mask])[:, 1])
        LOGGER.info("%s: %s", name, scores[name])

    final = forest_factory().fit(X, y)
    test = pd.read_csv("test.csv")
    X_test = featurize(test).reindex(columns=X.columns, fill_value=0)
    out = pd.DataFrame({spec["id_column"]: test[spec["id_column"]],
                        "prediction": final.predict_proba(X_test)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump(scores["forest"], fh)


if __name__ == "__main__":
    main()
