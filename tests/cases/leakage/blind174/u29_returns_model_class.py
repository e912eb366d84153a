"""Return-risk model, packaged as a small class so it can be dropped into the scoring service.

    python u29_returns_model_class.py
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
logger = logging.getLogger(__name__)


@dataclass
class Settings:
    target: str = "returned"
    id_col: str = "order_line_id"
    valid_size: float = 0.2
    seed: int = 31
    n_estimators: int = 900
    learning_rate: float = 0.02
    num_leaves: int = 48


class ReturnRiskModel:
    def __init__(self, settings: Settings | None = None):
        self.s = settings or Settings()
        self.model: lgb.LGBMClassifier | None = None
        self.features: list[str] = []

    # ------------------------------------------------------------------ features
    @staticmethod
    def engineer(df: pd.DataFrame) -> pd.DataFrame:
        df = df.copy()
        df["line_value"] = df["unit_price"] * df["quantity"]
        df["net_value"] = df["line_value"] * (1 - df["discount_pct"] / 100)
        df["prior_return_share"] = df["customer_prior_returns"] / (df["customer_prior_orders"] + 1)
        df["is_apparel"] = df["product_category"].str.contains("apparel|shoes", case=False, na=False).astype(int)
        df["size_given"] = df["size"].notna().astype(int)
        df["express"] = df["shipping_method"].eq("express").astype(int)
        df["bnpl"] = df["payment_method"].eq("buy_now_pay_later").astype(int)
        return df

    def pick_features(self, df: pd.DataFrame) -> list[str]:
        numeric = df.select_dtypes(include="number").columns.tolist()
        return [c for c in numeric if c != self.s.target]

    # ------------------------------------------------------------------ training
    def _new_estimator(self) -> lgb.LGBMClassifier:
        return lgb.LGBMClassifier(
            n_estimators=self.s.n_estimators,
            learning_rate=self.s.learning_rate,
            num_leaves=self.s.num_leaves,
            min_child_samples=60,
            colsample_bytree=0.7,
            subsample=0.8,
            subsample_freq=1,
            is_unbalance=True,
            random_state=self.s.seed,
            verbose=-1,
        )

    def validate(self, df: pd.DataFrame) -> dict:
        df = self.engineer(df)
        self.features = self.pick_features(df)
        logger.info("features (%d): %s", len(self.features), self.features)
        tr, va = train_test_split(df, test_size=self.s.valid_size, stratify=df[self.s.target],
                                  random_state=self.s.seed)
        y_tr, y_va = tr[self.s.target], va[self.s.target]

        dummy = DummyClassifier(strategy="prior").fit(tr[self.features], y_tr)
        est = self._new_estimator().fit(tr[self.features], y_tr)
        p_dummy = dummy.predict_proba(va[self.features])[:, 1]
        p_model = est.predict_proba(va[self.features])[:, 1]
        out = {
            "dummy_roc_auc": roc_auc_score(y_va, p_dummy),
            "dummy_ap": average_precision_score(y_va, p_dummy),
            "model_roc_auc": roc_auc_score(y_va, p_model),
            "model_ap": average_precision_score(y_va, p_model),
        }
        for k, v in out.items():
            logger.info("%-15s %.4f", k, v)
        return out

    def fit(self, df: pd.DataFrame) -> "ReturnRiskModel":
        df = self.engineer(df)
        self.features = self.pick_features(df)
        self.model = self._new_estimator().fit(df[self.features], df[self.s.target])
        return self

    def predict(self, df: pd.DataFrame) -> pd.DataFrame:
        assert self.model is not None, "call fit() first"
        df = self.engineer(df)
        proba = self.model.predict_proba(df[self.features])[:, 1]
        return pd.DataFrame({self.s.id_col: df[self.s.id_col].values, "prediction": proba})


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    logger.info("train %s test %s", train.shape, test.shape)

    rr = ReturnRiskModel()
    rr.validate(train)
    preds = rr.fit(train).predict(test)
    preds.to_csv("predictions.csv", index=False)
    logger.info("predictions: %d rows, mean %.4f", len(preds), preds["prediction"].mean())


if __name__ == "__main__":
    main()
