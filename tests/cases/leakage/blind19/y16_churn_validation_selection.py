"""Churn: choose between model families on a validation window, score the test window once."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sklearn.base import clone
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass(frozen=True)
class Windows:
    train_end: str = "2023-04-01"
    valid_end: str = "2023-08-01"


TARGET = "churned_next_month"
TIME = "snapshot_month"
CUSTOMER = "customer_id"
NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_tickets",
           "late_payments", "data_usage_gb", "num_products"]
CATEGORICAL = ["plan_type", "contract_type", "region"]


def pipeline_for(estimator) -> Pipeline:
    pre = make_column_transformer(
        (StandardScaler(), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    )
    return make_pipeline(pre, estimator)


def windows(df: pd.DataFrame, w: Windows) -> dict[str, pd.DataFrame]:
    """Three consecutive periods; later periods keep only customers not seen earlier."""
    train = df[df[TIME] < w.train_end]
    valid = df[(df[TIME] >= w.train_end) & (df[TIME] < w.valid_end)]
    test = df[df[TIME] >= w.valid_end]
    seen = set(train[CUSTOMER])
    valid = valid[~valid[CUSTOMER].isin(seen)]
    test = test[~test[CUSTOMER].isin(seen | set(valid[CUSTOMER]))]
    return {"train": train, "valid": valid, "test": test}


def pr_auc(model, frame: pd.DataFrame) -> float:
    return average_precision_score(frame[TARGET], model.predict_proba(frame[NUMERIC + CATEGORICAL])[:, 1])


def main() -> None:
    df = pd.read_csv("data/churn_snapshots.csv", parse_dates=[TIME])
    df["total_charges"] = df["total_charges"].fillna(0.0)
    parts = windows(df, Windows())
    cols = NUMERIC + CATEGORICAL
    tr = parts["train"]

    families = {
        "logreg": LogisticRegression(max_iter=2000, class_weight="balanced"),
        "forest": RandomForestClassifier(n_estimators=300, min_samples_leaf=25, n_jobs=-1, random_state=0),
        "boosting": HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, random_state=0),
    }
    fitted = {name: pipeline_for(clone(est)).fit(tr[cols], tr[TARGET]) for name, est in families.items()}
    valid_scores = {name: pr_auc(m, parts["valid"]) for name, m in fitted.items()}
    print("validation PR-AUC:", {k: round(v, 4) for k, v in valid_scores.items()})

    chosen = max(valid_scores, key=valid_scores.get)
    final = fitted[chosen]
    baseline = pipeline_for(DummyClassifier(strategy="prior")).fit(tr[cols], tr[TARGET])

    te = parts["test"]
    summary = pd.DataFrame({
        chosen: {"pr_auc": pr_auc(final, te),
                 "roc_auc": roc_auc_score(te[TARGET], final.predict_proba(te[cols])[:, 1])},
        "baseline": {"pr_auc": pr_auc(baseline, te),
                     "roc_auc": roc_auc_score(te[TARGET], baseline.predict_proba(te[cols])[:, 1])},
    }).T
    print(summary.round(4))


if __name__ == "__main__":
    main()
