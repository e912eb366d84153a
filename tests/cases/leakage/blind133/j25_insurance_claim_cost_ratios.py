"""SafeDrive claim cost model - ratio features on the monetary fields.

Adjusters' numbers (estimate, shop quote, settlement) are on very different scales per vehicle type, so
ratios between them generalise better than raw amounts.
"""
import argparse
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_validate

log = logging.getLogger("claims.ratios")


@dataclass
class RunConfig:
    target: str = "claim_cost"
    id_col: str = "claim_id"
    folds: int = 5
    seed: int = 12
    trees: int = 500


class FeatureBuilder:
    """Stateless: ratios + numeric columns + dummies."""

    money = ["estimated_damage", "repair_shop_quote", "settled_amount"]

    def __init__(self, cfg: RunConfig):
        self.cfg = cfg

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        num = df.select_dtypes("number").drop(columns=[self.cfg.target, self.cfg.id_col], errors="ignore").copy()
        num["quote_to_estimate"] = df["repair_shop_quote"] / df["estimated_damage"].clip(lower=1)
        num["settled_to_quote"] = df["settled_amount"] / df["repair_shop_quote"].clip(lower=1)
        for c in self.money:
            num[f"log_{c}"] = np.log1p(df[c].clip(lower=0))
        cats = pd.get_dummies(df[["region", "vehicle_type", "incident_type", "police_report"]], dtype=int)
        return pd.concat([num, cats], axis=1).fillna(-1)


def cross_val(X, y, cfg):
    kf = KFold(cfg.folds, shuffle=True, random_state=cfg.seed)
    out = {}
    for name, est in [("dummy_mean", DummyRegressor()),
                      ("forest", RandomForestRegressor(n_estimators=cfg.trees, min_samples_leaf=3, n_jobs=-1,
                                                       random_state=cfg.seed))]:
        res = cross_validate(est, X, y, cv=kf, scoring=("neg_mean_absolute_error", "r2"))
        out[name] = (-res["test_neg_mean_absolute_error"].mean(), res["test_r2"].mean())
        log.info("%-11s MAE %.1f  R2 %.3f", name, *out[name])
    return out


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="train.csv")
    parser.add_argument("--test", default="test.csv")
    args = parser.parse_args()
    cfg = RunConfig()

    df = pd.read_csv(args.train)
    sub = pd.read_csv(args.test)
    fb = FeatureBuilder(cfg)
    X, y = fb.transform(df), df[cfg.target]
    log.info("feature matrix %s", X.shape)
    cross_val(X, y, cfg)

    forest = RandomForestRegressor(n_estimators=cfg.trees, min_samples_leaf=3, n_jobs=-1, random_state=cfg.seed)
    forest.fit(X, y)
    top = pd.Series(forest.feature_importances_, index=X.columns).nlargest(10)
    log.info("top importances:\n%s", top.round(3).to_string())
    X_sub = fb.transform(sub).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({cfg.id_col: sub[cfg.id_col], "prediction": forest.predict(X_sub)}).to_csv("predictions.csv",
                                                                                           index=False)


if __name__ == "__main__":
    main()
