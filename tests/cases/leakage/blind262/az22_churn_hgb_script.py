"""churn_hgb_script.py -- train and validate a churn model from the command line.

    python az22_churn_hgb_script.py --cutoff 2023-10-01 --lr 0.05
"""
import argparse
import json
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OrdinalEncoder

TARGET = "churned_next_month"
NOT_FEATURES: List[str] = [
    "snapshot_id", "customer_id", "snapshot_month", TARGET,
    "retention_offer_accepted", "account_closed_date_known",
]
CATS: List[str] = ["plan", "payment_method", "region"]


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--cutoff", default="2023-10-01")
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--max-iter", type=int, default=300)
    return ap.parse_args()


def split(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Fit on earlier months; validate on later months of customers unseen before the cutoff."""
    fit_rows = df[df.snapshot_month < cutoff]
    val_rows = df[(df.snapshot_month >= cutoff) & ~df.customer_id.isin(fit_rows.customer_id)]
    return fit_rows, val_rows


def clip_counts(X: pd.DataFrame) -> pd.DataFrame:
    """Cap count features at fixed values from the data dictionary."""
    X = X.copy()
    X["support_tickets_30d"] = X["support_tickets_30d"].clip(upper=20)
    X["logins_30d"] = X["logins_30d"].clip(upper=300)
    return X


def make_model(lr: float, max_iter: int):
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATS),
        remainder="passthrough",
    )
    return make_pipeline(
        FunctionTransformer(clip_counts),
        enc,
        HistGradientBoostingClassifier(learning_rate=lr, max_iter=max_iter, random_state=0),
    )


def score(y: pd.Series, p: np.ndarray) -> Dict[str, float]:
    return {
        "roc_auc": float(roc_auc_score(y, p)),
        "pr_auc": float(average_precision_score(y, p)),
        "log_loss": float(log_loss(y, p)),
    }


def main() -> None:
    args = parse_args()
    df = pd.read_csv(args.train, parse_dates=["snapshot_month"])
    fit_rows, val_rows = split(df, args.cutoff)
    print(f"{len(fit_rows)} fit rows, {len(val_rows)} validation rows")

    feats = [c for c in df.columns if c not in NOT_FEATURES]
    model = make_model(args.lr, args.max_iter).fit(fit_rows[feats], fit_rows[TARGET])

    # reference point: every snapshot gets the churn rate of the fit months
    prior = fit_rows[TARGET].mean()
    reference = score(val_rows[TARGET], np.full(len(val_rows), prior))

    result = score(val_rows[TARGET], model.predict_proba(val_rows[feats])[:, 1])
    print(json.dumps({"cutoff": args.cutoff, "constant_prior": reference, "hist_gbm": result}, indent=2))


if __name__ == "__main__":
    main()
