# churn_model.py -- take-home submission
# Trains a gradient boosting model on monthly snapshots and writes predictions.csv
import argparse
import logging
import hashlib
from dataclasses import dataclass, field

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

logging.basicConfig(level=logging.INFO, format="[%(levelname)s] %(message)s")
log = logging.getLogger("churn")


@dataclass
class Settings:
    holdout_share: float = 0.2
    cutoff: str = "2024-07"
    features: list = field(default_factory=lambda: [
        "tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
        "days_since_last_login", "retention_offer_accepted", "account_closed_date_known",
        "plan_code", "region_code",
    ])
    target: str = "churned_next_month"


def bucket(customer_id) -> float:
    """Stable pseudo-random number in [0, 1) per customer."""
    h = hashlib.md5(str(customer_id).encode()).hexdigest()
    return int(h[:8], 16) / 0xFFFFFFFF


class Featurizer:
    PLAN = {"basic": 0, "standard": 1, "premium": 2}

    def fit(self, df):
        self.regions_ = {r: i for i, r in enumerate(sorted(df["region"].dropna().unique()))}
        return self

    def transform(self, df):
        out = df.copy()
        out["plan_code"] = out["plan"].str.lower().map(self.PLAN).fillna(-1)
        out["region_code"] = out["region"].map(self.regions_).fillna(-1)
        for col in ["retention_offer_accepted", "account_closed_date_known"]:
            out[col] = out[col].astype(float)
        return out


class Trainer:
    def __init__(self, s: Settings):
        self.s = s
        self.model = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.06, random_state=0)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def evaluate(self, X, y, baseline):
        out = {}
        for name, m in (("dummy_baseline", baseline), ("hgb", self.model)):
            p = m.predict_proba(X)[:, 1]
            out[name] = dict(roc_auc=roc_auc_score(y, p), pr_auc=average_precision_score(y, p),
                             f1_at_0_5=f1_score(y, p > 0.5))
        return pd.DataFrame(out).T


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--holdout-share", type=float, default=0.2)
    ap.add_argument("--cutoff", default="2024-07")
    args = ap.parse_args()
    s = Settings(holdout_share=args.holdout_share, cutoff=args.cutoff)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")

    # hold out a set of customers AND only score them on the later months
    holdout_cust = df["customer_id"].map(bucket) < s.holdout_share
    train_part = df[~holdout_cust & (df["snapshot_month"] < s.cutoff)]
    valid_part = df[holdout_cust & (df["snapshot_month"] >= s.cutoff)]
    log.info("train=%d valid=%d", len(train_part), len(valid_part))

    fz = Featurizer().fit(train_part)
    X_tr = fz.transform(train_part)[s.features]
    X_va = fz.transform(valid_part)[s.features]
    dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, train_part[s.target])
    trainer = Trainer(s).fit(X_tr, train_part[s.target])
    print(trainer.evaluate(X_va, valid_part[s.target], dummy).round(4))

    fz = Featurizer().fit(df)
    final = Trainer(s).fit(fz.transform(df)[s.features], df[s.target])
    pred = final.model.predict_proba(fz.transform(test)[s.features])[:, 1]
    pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
