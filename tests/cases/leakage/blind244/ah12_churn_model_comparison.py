"""churn take-home -- try a few model families and keep the best one."""
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

CFG = {
    "train_csv": "train.csv",
    "test_csv": "test.csv",
    "target": "churned_next_month",
    "id": "snapshot_id",
    "features": ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
                 "plan_basic", "plan_plus", "plan_premium"],
    "test_months": 3,
    "val_months": 2,
    "seed": 11,
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("zoo")

MODELS = {
    "baseline": lambda: DummyClassifier(strategy="prior"),
    "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
    "rf": lambda: RandomForestClassifier(n_estimators=400, min_samples_leaf=10,
                                         n_jobs=-1, random_state=CFG["seed"]),
    "extratrees": lambda: ExtraTreesClassifier(n_estimators=400, min_samples_leaf=10,
                                               n_jobs=-1, random_state=CFG["seed"]),
}


@dataclass(frozen=True)
class Score:
    model: str
    roc_auc: float
    pr_auc: float


def load(cfg):
    df = pd.read_csv(cfg["train_csv"], parse_dates=["snapshot_month"])
    test = pd.read_csv(cfg["test_csv"], parse_dates=["snapshot_month"])
    return df, test


def build_features(df):
    df = df.copy()
    for p in ("basic", "plus", "premium"):
        df[f"plan_{p}"] = (df["plan"].str.lower() == p).astype(int)
    df["logins_30d"] = df["logins_30d"].clip(upper=200)
    return df


def split(df, n_months):
    """last n months, new customers only -> holdout; everything earlier -> fit."""
    months = np.sort(df["snapshot_month"].unique())
    cut = months[-n_months]
    early = df[df["snapshot_month"] < cut]
    late = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(early["customer_id"])]
    return early, late


def train(name, df, cfg):
    return MODELS[name]().fit(df[cfg["features"]], df[cfg["target"]])


def evaluate(name, model, df, cfg):
    p = model.predict_proba(df[cfg["features"]])[:, 1]
    y = df[cfg["target"]]
    return Score(name, roc_auc_score(y, p), average_precision_score(y, p))


def report(scores, best):
    for s in sorted(scores.values(), key=lambda s: -s.pr_auc):
        flag = "  <== picked" if s.model == best else ""
        log.info("[val] %-11s roc_auc %.4f  pr_auc %.4f%s", s.model, s.roc_auc, s.pr_auc, flag)


def main(cfg=CFG):
    df, test = load(cfg)
    df, test = build_features(df), build_features(test)
    dev_df, test_df = split(df, cfg["test_months"])          # test_df is touched once, at the end
    fit_df, val_df = split(dev_df, cfg["val_months"])         # model choice happens here
    log.info("fit %d | val %d | test %d rows", len(fit_df), len(val_df), len(test_df))

    val_scores = {}
    for name in MODELS:
        model = train(name, fit_df, cfg)
        val_scores[name] = evaluate(name, model, val_df, cfg)
    best = max(val_scores, key=lambda k: val_scores[k].pr_auc)
    report(val_scores, best)

    chosen = train(best, dev_df, cfg)
    base = train("baseline", dev_df, cfg)
    t_best, t_base = evaluate(best, chosen, test_df, cfg), evaluate("baseline", base, test_df, cfg)
    log.info("final: %s, test pr_auc = %.4f (baseline %.4f)", best, t_best.pr_auc, t_base.pr_auc)

    final = train(best, df, cfg)
    pd.DataFrame({cfg["id"]: test[cfg["id"]],
                  "prediction": final.predict_proba(test[cfg["features"]])[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
