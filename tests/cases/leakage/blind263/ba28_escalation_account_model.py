"""Ticket escalation -- gradient boosting with account-history features.

Run:  python escalation.py
Writes predictions.csv (ticket_id, prediction).
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import GroupShuffleSplit

POST_OUTCOME = ["resolution_hours", "escalation_tier", "csat_score"]
CATS = ["channel", "product_area", "priority", "customer_plan"]


@dataclass
class Config:
    max_iter: int = 400
    learning_rate: float = 0.05
    max_leaf_nodes: int = 31
    seed: int = 2024


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop(columns=[c for c in POST_OUTCOME if c in df.columns]).copy()
    df["created_at"] = pd.to_datetime(df["created_at"])
    df = df.sort_values(["account_id", "created_at"])
    acct = df.groupby("account_id")
    # history of the account strictly before this ticket
    df["prev_tickets"] = acct.cumcount()
    df["prev_high_prio"] = acct["priority"].transform(lambda s: s.isin(["high", "urgent"]).shift(1, fill_value=False).cumsum())
    df["hours_since_prev"] = acct["created_at"].diff().dt.total_seconds().div(3600).fillna(24 * 90)
    df["created_hour"] = df["created_at"].dt.hour
    df["is_weekend"] = df["created_at"].dt.dayofweek.ge(5).astype(int)
    df["subject_len"] = df["subject"].fillna("").str.len()
    df = pd.get_dummies(df, columns=CATS, dtype=int)
    return df


def feature_columns(df):
    return [c for c in df.columns if c not in ("ticket_id", "account_id", "created_at", "subject", "escalated")]


def report(name, y, p):
    print(f"{name:10s} AP={average_precision_score(y, p):.3f}  AUC={roc_auc_score(y, p):.3f}  Brier={brier_score_loss(y, p):.4f}")


def main(cfg=Config()):
    raw = pd.read_csv("train.csv")
    print(f"{len(raw)} tickets, {raw.account_id.nunique()} accounts, escalation rate {raw.escalated.mean():.3f}")
    data = build_features(raw)
    cols = feature_columns(data)
    X, y = data[cols], data["escalated"]

    # hold out 20% of accounts (all of their tickets)
    splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=cfg.seed)
    tr, va = next(splitter.split(X, y, groups=data["account_id"]))

    model = HistGradientBoostingClassifier(max_iter=cfg.max_iter, learning_rate=cfg.learning_rate,
                                           max_leaf_nodes=cfg.max_leaf_nodes, class_weight="balanced",
                                           random_state=cfg.seed)
    model.fit(X.iloc[tr], y.iloc[tr])
    dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr])

    report("dummy", y.iloc[va], dummy.predict_proba(X.iloc[va])[:, 1])
    report("hgb", y.iloc[va], model.predict_proba(X.iloc[va])[:, 1])

    # refit on every labelled ticket for the submission
    model.fit(X, y)
    test = build_features(pd.read_csv("test.csv"))
    test = test.reindex(columns=["ticket_id"] + cols, fill_value=0)
    pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": model.predict_proba(test[cols])[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
