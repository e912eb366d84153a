"""AdNova CTR - grouped 5-fold CV by user, model vs. constant-rate baseline."""
import argparse
import json
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

logger = logging.getLogger("adnova.cv")


@dataclass
class Config:
    target: str = "clicked"
    id_col: str = "impression_id"
    group_col: str = "user_id"
    cats: list = field(default_factory=lambda: ["site_category", "device_type", "os", "user_age_bucket",
                                                "advertiser_id"])
    nums: list = field(default_factory=lambda: ["hour", "ad_position", "user_impressions_7d", "user_clicks_7d"])
    folds: int = 5


def build(cfg: Config, estimator) -> Pipeline:
    pre = ColumnTransformer([
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1),
         cfg.cats),
        ("num", "passthrough", cfg.nums),
    ])
    return Pipeline([("pre", pre), ("est", estimator)])


def gbm(cfg: Config):
    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=63,
                                          categorical_features=list(range(len(cfg.cats))), random_state=0)


class Evaluator:
    scoring = {"logloss": "neg_log_loss", "auc": "roc_auc"}

    def __init__(self, cfg: Config):
        self.cfg = cfg

    def run(self, df: pd.DataFrame) -> dict:
        X, y, groups = df[self.cfg.cats + self.cfg.nums], df[self.cfg.target], df[self.cfg.group_col]
        cv = GroupKFold(n_splits=self.cfg.folds)
        out = {}
        for name, est in [("constant_rate", DummyClassifier(strategy="prior")), ("hgb", gbm(self.cfg))]:
            res = cross_validate(build(self.cfg, est), X, y, groups=groups, cv=cv, scoring=self.scoring)
            out[name] = {"logloss": float(-res["test_logloss"].mean()), "auc": float(res["test_auc"].mean())}
            logger.info("%-14s %s", name, out[name])
        return out


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    cfg = Config(folds=args.folds)

    df = pd.read_csv("train.csv")
    results = Evaluator(cfg).run(df)
    json.dump({"neg_log_loss": -results["hgb"]["logloss"], "roc_auc": results["hgb"]["auc"]},
              open("metrics.json", "w"), indent=2)

    test = pd.read_csv("test.csv")
    final = build(cfg, gbm(cfg)).fit(df[cfg.cats + cfg.nums], df[cfg.target])
    preds = np.clip(final.predict_proba(test[cfg.cats + cfg.nums])[:, 1], 1e-6, 1 - 1e-6)
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": preds}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
