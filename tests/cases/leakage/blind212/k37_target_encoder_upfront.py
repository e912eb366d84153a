"""churn-snapshots: target-encoded categoricals + HistGradientBoosting.

Run: python k37_target_encoder_upfront.py
Writes predictions.csv next to train.csv / test.csv.
"""
import logging

import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
CATS = ["plan", "tenure_band", "charges_band"]
NUMS = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
HOLDOUT_START = pd.Timestamp("2024-07-01")


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    df["tenure_band"] = pd.cut(
        df["tenure_months"], [-np.inf, 6, 12, 24, 36, np.inf], labels=["0-6", "6-12", "12-24", "24-36", "36+"]
    ).astype(str)
    # fixed price bands from the pricing page, not from the data
    df["charges_band"] = pd.cut(
        df["monthly_charges"], [-np.inf, 30, 60, 90, np.inf], labels=["low", "mid", "high", "premium"]
    ).astype(str)
    return df


def make_model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=300, max_leaf_nodes=31, l2_regularization=1.0, random_state=1
    )


def scores(y, p):
    return {
        "roc_auc": round(roc_auc_score(y, p), 4),
        "pr_auc": round(average_precision_score(y, p), 4),
        "brier": round(brier_score_loss(y, p), 5),
    }


def main():
    train = engineer(pd.read_csv("train.csv"))
    test = engineer(pd.read_csv("test.csv"))
    log.info("train %s, test %s, churn rate %.4f", train.shape, test.shape, train[TARGET].mean())

    feats = CATS + NUMS

    # encode the categoricals once, same mapping for every split and for test
    enc = ce.TargetEncoder(cols=CATS, smoothing=10.0, min_samples_leaf=20)
    enc.fit(train[feats], train[TARGET])
    train[feats] = enc.transform(train[feats])
    test[feats] = enc.transform(test[feats])

    past = train[train["snapshot_month"] < HOLDOUT_START]
    future = train[train["snapshot_month"] >= HOLDOUT_START]
    future = future[~future["customer_id"].isin(past["customer_id"].unique())]
    log.info("past=%d rows / %d customers, future(new customers)=%d rows / %d customers",
             len(past), past["customer_id"].nunique(), len(future), future["customer_id"].nunique())

    model = make_model()
    model.fit(past[feats], past[TARGET])
    p_model = model.predict_proba(future[feats])[:, 1]

    base = DummyClassifier(strategy="prior").fit(past[feats], past[TARGET])
    p_base = base.predict_proba(future[feats])[:, 1]

    res = pd.DataFrame({"baseline_prior": scores(future[TARGET], p_base),
                        "te_hgb": scores(future[TARGET], p_model)}).T
    print(res)

    # what did the encoder learn
    print(train[CATS].drop_duplicates().sort_values("plan").round(4).head(12))

    # final fit on everything for the submission
    final = make_model().fit(train[feats], train[TARGET])
    out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[feats])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    log.info("predictions written: %d rows, mean %.4f", len(out), out["prediction"].mean())


if __name__ == "__main__":
    main()
