# Churn prediction - take home
# Only ~5% of snapshots churn, so I upsample churners before fitting LightGBM.
import logging
from dataclasses import dataclass, field
from typing import Dict

import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.utils import resample

CONFIG: Dict = {
    "files": {"train": "train.csv", "test": "test.csv"},
    "target": "churned_next_month",
    "id_col": "snapshot_id",
    "not_features": ["snapshot_id", "customer_id", "snapshot_month",
                     "retention_offer_accepted", "account_closed_date_known",
                     "churned_next_month"],
    "valid_last_months": 2,
    "pos_share_after_upsampling": 0.25,
    "lgbm": {"n_estimators": 500, "learning_rate": 0.03, "num_leaves": 31,
             "subsample": 0.8, "colsample_bytree": 0.8, "verbose": -1},
    "threshold": 0.5,
}

logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(message)s")
log = logging.getLogger("churn")

REGISTRY = {
    "dummy": lambda cfg: DummyClassifier(strategy="prior"),
    "lgbm": lambda cfg: lgb.LGBMClassifier(**cfg["lgbm"]),
}


@dataclass
class RunResult:
    name: str
    metrics: Dict[str, float] = field(default_factory=dict)


def load(cfg):
    train = pd.read_csv(cfg["files"]["train"])
    test = pd.read_csv(cfg["files"]["test"])
    for d in (train, test):
        d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    return train, test


def build_features(df):
    df = df.copy()
    df["plan"] = df["plan"].astype("category")
    df["tickets_flag"] = (df["support_tickets_30d"] > 2).astype(int)
    df["charges_per_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
    return df


def upsample_churners(df, cfg):
    pos = df[df[cfg["target"]] == 1]
    neg = df[df[cfg["target"]] == 0]
    share = cfg["pos_share_after_upsampling"]
    n_pos = int(share / (1 - share) * len(neg))
    pos_up = resample(pos, replace=True, n_samples=n_pos, random_state=0)
    log.info("upsampled churners %d -> %d", len(pos), len(pos_up))
    return pd.concat([neg, pos_up]).sort_values("snapshot_month")


def split(df, cfg):
    months = sorted(df["snapshot_month"].unique())
    cut = months[-cfg["valid_last_months"]]
    tr = df[df["snapshot_month"] < cut]
    va = df[df["snapshot_month"] >= cut]
    va = va[~va["customer_id"].isin(set(tr["customer_id"]))]
    return tr, va


def features(df, cfg):
    return df[[c for c in df.columns if c not in cfg["not_features"]]]


def train(name, df, cfg):
    return REGISTRY[name](cfg).fit(features(df, cfg), df[cfg["target"]])


def evaluate(name, model, df, cfg):
    y = df[cfg["target"]]
    p = model.predict_proba(features(df, cfg))[:, 1]
    return RunResult(name, {
        "roc_auc": roc_auc_score(y, p),
        "pr_auc": average_precision_score(y, p),
        "f1@thr": f1_score(y, (p >= cfg["threshold"]).astype(int), zero_division=0),
    })


def report(results):
    print(pd.DataFrame({r.name: r.metrics for r in results}).T.round(4))


def main(cfg=CONFIG):
    train_df, test_df = load(cfg)
    data = build_features(train_df)
    data = upsample_churners(data, cfg)
    tr, va = split(data, cfg)
    log.info("train=%d valid=%d", len(tr), len(va))

    results = [evaluate(n, train(n, tr, cfg), va, cfg) for n in REGISTRY]
    report(results)

    final = train("lgbm", upsample_churners(build_features(train_df), cfg), cfg)
    test_feat = build_features(test_df)
    pd.DataFrame({cfg["id_col"]: test_feat[cfg["id_col"]],
                  "prediction": final.predict_proba(features(test_feat, cfg))[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
