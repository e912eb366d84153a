# churn_model.py -- take-home for the retention team
# layout: CONFIG -> load -> build_features -> split -> train -> evaluate -> report
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

CONFIG = {
    "paths": {"train": "train.csv", "test": "test.csv", "out": "predictions.csv"},
    "target": "churned_next_month",
    "id": "snapshot_id",
    "n_val_months": 2,
    "base_features": ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d"],
    "history_features": ["avg_logins_cust", "max_tickets_cust", "logins_vs_avg"],
    "C": 0.5,
}

log = logging.getLogger(__name__)
logging.basicConfig(level=logging.INFO, format="[%(levelname)s] %(message)s")

MODEL_REGISTRY = {
    "logreg": lambda cfg: make_pipeline(StandardScaler(), LogisticRegression(C=cfg["C"], max_iter=1000)),
}


@dataclass
class Metrics:
    model: str
    auc: float
    ap: float


def load(cfg):
    tr = pd.read_csv(cfg["paths"]["train"], parse_dates=["snapshot_month"])
    te = pd.read_csv(cfg["paths"]["test"], parse_dates=["snapshot_month"])
    tr["_is_test"], te["_is_test"] = False, True
    return pd.concat([tr, te], ignore_index=True)


def build_features(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    # customer level behaviour so far: only months before this snapshot
    df["avg_logins_cust"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    df["max_tickets_cust"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cummax())
    df["logins_vs_avg"] = df["logins_30d"] - df["avg_logins_cust"]
    plan_dummies = pd.get_dummies(df["plan"], prefix="plan", dtype=float)
    return df.join(plan_dummies)


def feature_cols(df, cfg):
    return cfg["base_features"] + cfg["history_features"] + [c for c in df.columns if c.startswith("plan_")]


def split(df, cfg):
    labelled = df[~df["_is_test"]]
    months = sorted(labelled["snapshot_month"].unique())
    cut = months[-cfg["n_val_months"]]
    tr = labelled[labelled["snapshot_month"] < cut]
    va = labelled[labelled["snapshot_month"] >= cut]
    va = va[~va["customer_id"].isin(tr["customer_id"].unique())]
    return tr, va


def train(df, cols, cfg, name="logreg"):
    model = MODEL_REGISTRY[name](cfg)
    model.fit(df[cols].fillna(0), df[cfg["target"]])
    return model


def evaluate(model, df, cols, cfg, name="logreg"):
    p = model.predict_proba(df[cols].fillna(0))[:, 1]
    y = df[cfg["target"]]
    return Metrics(name, roc_auc_score(y, p), average_precision_score(y, p))


def report(rows):
    log.info("%-12s %8s %8s", "model", "auc", "ap")
    for m in rows:
        log.info("%-12s %8.4f %8.4f", m.model, m.auc, m.ap)


def main(cfg=CONFIG):
    df = build_features(load(cfg))
    cols = feature_cols(df, cfg)
    tr, va = split(df, cfg)
    log.info("train %d rows, val %d rows", len(tr), len(va))

    # baseline: everyone gets the training churn rate
    base_rate = tr[cfg["target"]].mean()
    p_base = np.full(len(va), base_rate)
    baseline = Metrics("base_rate", roc_auc_score(va[cfg["target"]], p_base),
                       average_precision_score(va[cfg["target"]], p_base))

    model = train(tr, cols, cfg)
    report([baseline, evaluate(model, va, cols, cfg)])

    full = df[~df["_is_test"]]
    final = train(full, cols, cfg)
    test = df[df["_is_test"]]
    pd.DataFrame({cfg["id"]: test[cfg["id"]],
                  "prediction": final.predict_proba(test[cols].fillna(0))[:, 1]}
                 ).to_csv(cfg["paths"]["out"], index=False)


if __name__ == "__main__":
    main()
