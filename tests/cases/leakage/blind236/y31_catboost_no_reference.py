"""churn_catboost.py

CatBoost on snapshot features + a couple of lag features.
Evaluation: hold out a slice of customers, score their Jul-Sep rows.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score, precision_score, recall_score


@dataclass
class Config:
    target: str = "churned_next_month"
    cutoff: str = "2024-07-01"
    holdout_share: float = 0.25
    seed: int = 8
    iterations: int = 1200
    depth: int = 6
    lr: float = 0.04


CFG = Config()
CAT = ["plan"]
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures",
       "usage_lag1", "tickets_lag1", "charges_change"]


def add_lags(d: pd.DataFrame) -> pd.DataFrame:
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    by = d.groupby("customer_id")
    d["usage_lag1"] = by["usage_hours"].shift(1)
    d["tickets_lag1"] = by["support_tickets"].shift(1)
    d["charges_change"] = d["monthly_charges"] - by["monthly_charges"].shift(1)
    return d


def holdout_split(d: pd.DataFrame, cfg: Config):
    rng = np.random.RandomState(cfg.seed)
    customers = d["customer_id"].unique()
    n = int(len(customers) * cfg.holdout_share)
    held = rng.permutation(customers)[:n]
    h = d["customer_id"].isin(held)
    late = d["snapshot_month"] >= pd.Timestamp(cfg.cutoff)
    return d[~h & ~late], d[h & late]


def make_model(cfg: Config) -> CatBoostClassifier:
    return CatBoostClassifier(iterations=cfg.iterations, depth=cfg.depth, learning_rate=cfg.lr,
                              loss_function="Logloss", eval_metric="AUC", random_seed=cfg.seed,
                              auto_class_weights="SqrtBalanced", verbose=300)


def evaluate(y, p, thr):
    yhat = (p >= thr).astype(int)
    return {
        "roc_auc": roc_auc_score(y, p),
        "pr_auc": average_precision_score(y, p),
        f"precision@{thr}": precision_score(y, yhat, zero_division=0),
        f"recall@{thr}": recall_score(y, yhat),
        f"f1@{thr}": f1_score(y, yhat),
    }


def main(cfg: Config = CFG):
    train = add_lags(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
    test = add_lags(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
    fit_df, hold_df = holdout_split(train, cfg)
    print(f"fit {fit_df.shape} | holdout {hold_df.shape} | holdout churn {hold_df[cfg.target].mean():.4f}")

    feats = NUM + CAT
    model = make_model(cfg)
    model.fit(Pool(fit_df[feats], fit_df[cfg.target], cat_features=CAT))

    p = model.predict_proba(Pool(hold_df[feats], cat_features=CAT))[:, 1]
    for thr in (0.3, 0.5):
        print({k: round(v, 4) for k, v in evaluate(hold_df[cfg.target].values, p, thr).items()})

    fi = model.get_feature_importance(prettified=True)
    print(fi.head(10).to_string(index=False))

    # segment check: is the model equally good on each plan?
    seg = hold_df.assign(p=p).groupby("plan")
    for plan, g in seg:
        if g[cfg.target].nunique() == 2:
            print(f"  plan={plan:10s} n={len(g):5d} auc={roc_auc_score(g[cfg.target], g['p']):.4f}")

    final = make_model(cfg)
    final.set_params(verbose=0)
    final.fit(Pool(train[feats], train[cfg.target], cat_features=CAT))
    out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                        "prediction": final.predict_proba(Pool(test[feats], cat_features=CAT))[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("predictions.csv:", len(out))


if __name__ == "__main__":
    main()
