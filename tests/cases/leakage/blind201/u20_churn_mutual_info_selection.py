"""Churn: feature selection with mutual information, then logistic regression.

Feature engineering produces ~30 candidate columns; MI keeps the most informative ones.
"""
import argparse
import logging
from dataclasses import dataclass
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.preprocessing import StandardScaler

log = logging.getLogger("churn.mi")
TARGET = "churned_next_month"


@dataclass
class Config:
    k: int = 12
    cutoff: str = "2024-07-01"
    C: float = 0.3


class Featurizer:
    NUM: List[str] = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        X = df[self.NUM].fillna(0).astype(float)
        X["log_spend"] = np.log1p(X["monthly_spend"])
        X["inactive"] = (X["days_since_last_login"] > 30).astype(int)
        X["tickets_per_login"] = X["support_tickets_30d"] / (X["logins_30d"] + 1)
        X["tenure_bucket"] = np.clip(X["tenure_months"] // 6, 0, 8)
        for a, b in [("logins_30d", "monthly_spend"), ("tenure_months", "logins_30d"),
                     ("support_tickets_30d", "days_since_last_login")]:
            X[f"{a}_x_{b}"] = X[a] * X[b]
        return X.join(pd.get_dummies(df[["plan", "region"]], dtype=float))


class Trainer:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.scaler = StandardScaler()
        self.clf = LogisticRegression(C=cfg.C, max_iter=3000)
        self.dummy = DummyClassifier(strategy="prior")

    def fit(self, X: np.ndarray, y: pd.Series) -> "Trainer":
        Xs = self.scaler.fit_transform(X)
        self.clf.fit(Xs, y)
        self.dummy.fit(Xs, y)
        return self

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.clf.predict_proba(self.scaler.transform(X))[:, 1]

    def evaluate(self, X: np.ndarray, y: pd.Series) -> pd.DataFrame:
        p = self.predict(X)
        d = self.dummy.predict_proba(self.scaler.transform(X))[:, 1]
        return pd.DataFrame([["dummy", roc_auc_score(y, d), average_precision_score(y, d)],
                             ["logreg+MI", roc_auc_score(y, p), average_precision_score(y, p)]],
                            columns=["model", "auc", "ap"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=12)
    cfg = Config(k=ap.parse_args().k)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    fz = Featurizer()
    X_all = fz.transform(df)
    X_test = fz.transform(test).reindex(columns=X_all.columns, fill_value=0)

    selector = SelectKBest(mutual_info_classif, k=cfg.k).fit(X_all, df[TARGET])
    kept = X_all.columns[selector.get_support()]
    log.info("kept features: %s", list(kept))

    month = pd.to_datetime(df["snapshot_month"])
    is_tr = month < cfg.cutoff
    is_va = (month >= cfg.cutoff) & ~df["customer_id"].isin(df.loc[is_tr, "customer_id"])
    trainer = Trainer(cfg).fit(X_all.loc[is_tr, kept].to_numpy(), df.loc[is_tr, TARGET])
    print(trainer.evaluate(X_all.loc[is_va, kept].to_numpy(), df.loc[is_va, TARGET]).round(4))

    final = Trainer(cfg).fit(X_all[kept].to_numpy(), df[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict(X_test[kept].to_numpy())}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
