"""Returns: run every registered model family and promote the winner."""
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days"]
CAT = ["product_category", "size", "payment_method", "device"]
RUN_DIR = Path("runs/returns_registry")
RUN_DIR.mkdir(parents=True, exist_ok=True)


def pre(scale=True):
    num = Pipeline([("imp", SimpleImputer(strategy="median"))] + ([("sc", StandardScaler())] if scale else []))
    return ColumnTransformer([("num", num, NUM), ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])


MODEL_REGISTRY = {
    "baseline_prior": lambda: DummyClassifier(strategy="prior"),
    "logreg_l2": lambda: Pipeline([("pre", pre()), ("m", LogisticRegression(max_iter=3000, C=1.0))]),
    "logreg_l1": lambda: Pipeline([("pre", pre()), ("m", LogisticRegression(max_iter=3000, C=0.2,
                                                                            penalty="l1", solver="saga"))]),
    "random_forest": lambda: Pipeline([("pre", pre(False)), ("m", RandomForestClassifier(
        n_estimators=500, min_samples_leaf=20, n_jobs=-1, random_state=0))]),
    "hgb": lambda: Pipeline([("pre", pre(False)), ("m", HistGradientBoostingClassifier(
        max_iter=400, learning_rate=0.05, random_state=0))]),
}


def log_run(name, params, metrics):
    record = {"run_name": name, "time": time.strftime("%Y-%m-%dT%H:%M:%S"), "params": params, "metrics": metrics}
    (RUN_DIR / f"{name}.json").write_text(json.dumps(record, indent=2, default=str))
    return record


lines = pd.read_csv("data/order_lines.csv", parse_dates=["order_date"])
split_date = pd.Timestamp("2023-09-01")
train = lines[lines.order_date < split_date]
holdout = lines[(lines.order_date >= split_date) & ~lines.customer_id.isin(train.customer_id.unique())]
X_tr, y_tr = train[NUM + CAT], train["returned"]
X_ho, y_ho = holdout[NUM + CAT], holdout["returned"]

runs = []
for name, factory in MODEL_REGISTRY.items():
    t0 = time.time()
    model = factory().fit(X_tr, y_tr)
    p = model.predict_proba(X_ho)[:, 1]
    metrics = {"roc_auc": roc_auc_score(y_ho, p), "pr_auc": average_precision_score(y_ho, p),
               "fit_seconds": time.time() - t0}
    runs.append(log_run(name, model.get_params(deep=False) if hasattr(model, "get_params") else {}, metrics))

board = pd.DataFrame([{"model": r["run_name"], **r["metrics"]} for r in runs]).set_index("model")
print(board.sort_values("pr_auc", ascending=False).round(4))

champion = board["pr_auc"].idxmax()
lift = board.loc[champion, "pr_auc"] / board.loc["baseline_prior", "pr_auc"]
promotion = {"champion": champion, "holdout_pr_auc": float(board.loc[champion, "pr_auc"]),
             "holdout_roc_auc": float(board.loc[champion, "roc_auc"]), "lift_over_prior": float(np.round(lift, 2))}
(RUN_DIR / "promotion.json").write_text(json.dumps(promotion, indent=2))
print(json.dumps(promotion, indent=2))
