"""AdNova click-through prediction take-home.

Predict P(click) per impression; the brief scores log-loss, so I report log-loss and ROC-AUC against the
constant-CTR baseline.
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

logger = logging.getLogger("adnova")


@dataclass
class Config:
    target: str = "clicked"
    id_col: str = "impression_id"
    cat_cols: List[str] = field(default_factory=lambda: ["ad_id", "advertiser_id", "site_category",
                                                         "device_type", "os", "user_age_bucket"])
    num_cols: List[str] = field(default_factory=lambda: ["hour", "ad_position", "user_impressions_7d",
                                                         "user_clicks_7d"])
    valid_size: float = 0.15
    seed: int = 123


class FeatureBuilder:
    def __init__(self, cfg: Config):
        self.cfg = cfg

    def fit(self, df):
        self.cats_ = {c: df[c].astype(str).value_counts().index[:500] for c in self.cfg.cat_cols}
        return self

    def transform(self, df):
        X = df[self.cfg.num_cols].copy()
        X["user_ctr_7d"] = (df["user_clicks_7d"] + 0.5) / (df["user_impressions_7d"] + 20)
        X["is_top_slot"] = (df["ad_position"] <= 1).astype(int)
        for c in self.cfg.cat_cols:
            X[c] = pd.Categorical(df[c].astype(str), categories=self.cats_[c])
        return X


def split(df, cfg):
    return train_test_split(df, test_size=cfg.valid_size, stratify=df[cfg.target], random_state=cfg.seed)


def train_model(X, y, cfg):
    model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=63, min_child_samples=100,
                               subsample=0.8, subsample_freq=1, colsample_bytree=0.7, random_state=cfg.seed,
                               verbose=-1)
    return model.fit(X, y)


def evaluate(y_true, p, name):
    auc = roc_auc_score(y_true, p) if np.unique(p).size > 1 else 0.5
    logger.info("%-14s logloss %.5f  AUC %.4f", name, log_loss(y_true, p), auc)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    cfg = Config()

    df = pd.read_csv(args.train)
    logger.info("%d impressions, %d users, CTR %.4f", len(df), df["user_id"].nunique(), df[cfg.target].mean())
    tr, va = split(df, cfg)

    fb = FeatureBuilder(cfg).fit(tr)
    model = train_model(fb.transform(tr), tr[cfg.target], cfg)
    evaluate(va[cfg.target], np.full(len(va), tr[cfg.target].mean()), "constant CTR")
    evaluate(va[cfg.target], model.predict_proba(fb.transform(va))[:, 1], "lightgbm")

    test = pd.read_csv(args.test)
    fb_all = FeatureBuilder(cfg).fit(df)
    final = train_model(fb_all.transform(df), df[cfg.target], cfg)
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(fb_all.transform(test))[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
