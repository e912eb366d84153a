"""Churn model with importance-based pruning of a wide feature set."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score


@dataclass(frozen=True)
class Cfg:
    path: str = "data/churn_snapshots.csv"
    label: str = "churned_next_month"
    keep_top: int = 12
    split_month: str = "2023-08-01"


NON_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
                "retention_offer_accepted", "account_closed_date_known"]


def widen(df: pd.DataFrame) -> pd.DataFrame:
    """One-hot categoricals and add lagged deltas for every usage metric."""
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    usage = ["data_usage_gb", "voice_minutes", "sms_count", "monthly_charges", "support_tickets"]
    g = df.groupby("customer_id")
    for col in usage:
        df[f"{col}_lag1"] = g[col].shift(1)
        df[f"{col}_delta"] = df[col] - df[f"{col}_lag1"]
    df = pd.get_dummies(df, columns=["plan_type", "contract_type", "region", "payment_method"], dtype=int)
    return df.fillna(0)


def rank_features(df: pd.DataFrame, cols: list[str], label: str) -> pd.Series:
    ranker = ExtraTreesClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1,
                                  class_weight="balanced", random_state=0)
    ranker.fit(df[cols], df[label])
    return pd.Series(ranker.feature_importances_, index=cols).sort_values(ascending=False)


def split(df: pd.DataFrame, month: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    tr = df[df["snapshot_month"] < month]
    te = df[df["snapshot_month"] >= month]
    return tr, te[~te["customer_id"].isin(tr["customer_id"].unique())]


def main() -> None:
    cfg = Cfg()
    df = widen(pd.read_csv(cfg.path, parse_dates=["snapshot_month"]))
    all_cols = [c for c in df.columns if c not in NON_FEATURES]

    importance = rank_features(df, all_cols, cfg.label)
    selected = importance.head(cfg.keep_top).index.tolist()
    print("top features:\n", importance.head(cfg.keep_top).round(4))

    train, test = split(df, cfg.split_month)
    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
    clf.fit(train[selected], train[cfg.label])
    dummy = DummyClassifier(strategy="prior").fit(train[selected], train[cfg.label])

    res = {}
    for name, m in {"dummy": dummy, "hgb_pruned": clf}.items():
        p = m.predict_proba(test[selected])[:, 1]
        res[name] = {"roc_auc": roc_auc_score(test[cfg.label], p),
                     "pr_auc": average_precision_score(test[cfg.label], p)}
    print(pd.DataFrame(res).T.round(4))


if __name__ == "__main__":
    main()
