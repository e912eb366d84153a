"""
Churn take-home (logistic regression + random forest).

Churners are only ~5% of snapshots, so the data-prep step upsamples them to
give the models enough positive examples to learn from.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Tuple

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import resample

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
logger = logging.getLogger("churn.upsampled")


class Config:
    DATA = Path("data/train.csv")
    TARGET = "churned_next_month"
    TIME = "snapshot_month"
    CUSTOMER = "customer_id"
    LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
    MINORITY_SHARE = 0.25
    TEST_FROM = "2023-07-01"
    SEED = 11


FEATURES = ["tenure_months", "monthly_spend", "support_tickets", "logins_last_30d",
            "late_payments", "num_products", "discount_pct", "annual_contract"]


def load_data() -> pd.DataFrame:
    df = pd.read_csv(Config.DATA, parse_dates=[Config.TIME])
    return df.drop(columns=Config.LEAKY)


def prepare_data(df: pd.DataFrame) -> pd.DataFrame:
    """Clean up types and rebalance the classes."""
    df = df.copy()
    df["annual_contract"] = (df["contract_type"] == "annual").astype(int)
    df["discount_pct"] = df["discount_pct"].fillna(0.0)

    churners = df[df[Config.TARGET] == 1]
    stayers = df[df[Config.TARGET] == 0]
    n_target = int(Config.MINORITY_SHARE / (1 - Config.MINORITY_SHARE) * len(stayers))
    churners_up = resample(churners, replace=True, n_samples=n_target, random_state=Config.SEED)
    balanced = pd.concat([stayers, churners_up]).sort_values(Config.TIME)
    logger.info("after rebalancing: %d rows, churn share %.2f", len(balanced), balanced[Config.TARGET].mean())
    return balanced


def split_data(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
    train = df[df[Config.TIME] < Config.TEST_FROM]
    test = df[df[Config.TIME] >= Config.TEST_FROM]
    test = test[~test[Config.CUSTOMER].isin(train[Config.CUSTOMER].unique())]
    return train, test


def train_models(X: pd.DataFrame, y: pd.Series) -> dict:
    models = {
        "dummy_baseline": DummyClassifier(strategy="most_frequent"),
        "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
        "random_forest": RandomForestClassifier(n_estimators=300, min_samples_leaf=10,
                                                n_jobs=-1, random_state=Config.SEED),
    }
    for name, model in models.items():
        model.fit(X, y)
        logger.info("fitted %s", name)
    return models


def evaluate_model(models: dict, X: pd.DataFrame, y: pd.Series) -> pd.DataFrame:
    rows = []
    for name, model in models.items():
        p = model.predict_proba(X)[:, 1]
        rows.append({"model": name, "roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p)})
    return pd.DataFrame(rows).set_index("model")


def main() -> None:
    data = prepare_data(load_data())
    train, test = split_data(data)
    models = train_models(train[FEATURES], train[Config.TARGET])
    report = evaluate_model(models, test[FEATURES], test[Config.TARGET])
    logger.info("\n%s", report.round(4).to_string())


if __name__ == "__main__":
    main()
