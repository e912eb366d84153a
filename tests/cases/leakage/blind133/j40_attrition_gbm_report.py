"""PeopleFirst attrition - gradient boosting model and fit report.

python j40_attrition_gbm_report.py --train train.csv --test test.csv
"""
import argparse
import logging
from dataclasses import dataclass, field

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

LOG = logging.getLogger("attrition.gbm")


@dataclass
class Config:
    target: str = "left_company"
    id_col: str = "employee_id"
    drop: list = field(default_factory=lambda: ["exit_interview_score"])
    cats: list = field(default_factory=lambda: ["department", "job_role", "overtime", "business_travel",
                                                "marital_status"])
    params: dict = field(default_factory=lambda: dict(n_estimators=300, max_depth=3, learning_rate=0.05,
                                                      subsample=0.9, random_state=0))


class FeatureBuilder:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.columns_ = None

    def fit_transform(self, df):
        X = self._build(df)
        self.columns_ = X.columns
        return X

    def transform(self, df):
        return self._build(df).reindex(columns=self.columns_, fill_value=0)

    def _build(self, df):
        X = df.drop(columns=[self.cfg.target, self.cfg.id_col] + self.cfg.drop, errors="ignore").copy()
        X["overtime_and_low_satisfaction"] = ((X["overtime"] == "Yes") & (X["job_satisfaction"] <= 2)).astype(int)
        X["years_without_promotion_share"] = X["last_promotion_years"] / (X["years_at_company"] + 1)
        return pd.get_dummies(X, columns=self.cfg.cats, dtype=int)


class Trainer:
    def __init__(self, cfg: Config):
        self.model = GradientBoostingClassifier(**cfg.params)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self


def report(model, X, y):
    pred = model.predict(X)
    acc = accuracy_score(y, pred)
    LOG.info("accuracy: %.4f", acc)
    return acc


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    cfg = Config()

    df = pd.read_csv(args.train)
    fb = FeatureBuilder(cfg)
    X, y = fb.fit_transform(df), df[cfg.target]
    trainer = Trainer(cfg).fit(X, y)
    report(trainer.model, X, y)

    sub = pd.read_csv(args.test)
    proba = trainer.model.predict_proba(fb.transform(sub))[:, 1]
    pd.DataFrame({cfg.id_col: sub[cfg.id_col], "prediction": proba}).to_csv("predictions.csv", index=False)
    LOG.info("predicted leaver share at 0.5: %.3f", (proba >= 0.5).mean())


if __name__ == "__main__":
    main()
