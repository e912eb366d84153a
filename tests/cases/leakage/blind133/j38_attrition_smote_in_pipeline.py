"""PeopleFirst attrition model - SMOTE inside an imblearn pipeline.

Oversampling must only ever see training rows: it is a pipeline step, so each CV fold resamples its own
training part and the held-out test part keeps the true ~16% leaver rate.
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import List

import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

log = logging.getLogger("attrition")


@dataclass
class Cfg:
    target: str = "left_company"
    id_col: str = "employee_id"
    leaky: List[str] = field(default_factory=lambda: ["exit_interview_score"])
    cats: List[str] = field(default_factory=lambda: ["department", "job_role", "overtime", "business_travel",
                                                     "marital_status"])
    seed: int = 42


def make_design(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    X = df.drop(columns=[cfg.target, cfg.id_col] + cfg.leaky, errors="ignore").copy()
    X["income_per_level"] = X["monthly_income"] / X["job_level"]
    X["stagnation"] = X["years_in_role"] / (X["years_at_company"] + 1)
    X["promo_gap"] = X["last_promotion_years"] - X["years_in_role"]
    return pd.get_dummies(X, columns=cfg.cats, drop_first=True, dtype=int)


def make_pipeline(cfg: Cfg) -> ImbPipeline:
    return ImbPipeline([
        ("smote", SMOTE(sampling_strategy=0.6, k_neighbors=5, random_state=cfg.seed)),
        ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=cfg.seed)),
    ])


class Evaluator:
    def __init__(self, X_te, y_te):
        self.X_te, self.y_te = X_te, y_te

    def __call__(self, name, model):
        proba = model.predict_proba(self.X_te)[:, 1]
        pred = model.predict(self.X_te)
        log.info("%-9s AUC %.3f  F1 %.3f  recall %.3f", name, roc_auc_score(self.y_te, proba),
                 f1_score(self.y_te, pred), recall_score(self.y_te, pred))


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    cfg = Cfg()

    hr = pd.read_csv(args.train)
    X, y = make_design(hr, cfg), hr[cfg.target]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=cfg.seed)

    cv = StratifiedKFold(5, shuffle=True, random_state=cfg.seed)
    cv_auc = cross_val_score(make_pipeline(cfg), X_tr, y_tr, cv=cv, scoring="roc_auc")
    log.info("CV AUC on training part: %.3f +/- %.3f", cv_auc.mean(), cv_auc.std())

    ev = Evaluator(X_te, y_te)
    ev("majority", DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr))
    ev("smote+rf", make_pipeline(cfg).fit(X_tr, y_tr))

    sub = pd.read_csv(args.test)
    final = make_pipeline(cfg).fit(X, y)
    X_sub = make_design(sub, cfg).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({cfg.id_col: sub[cfg.id_col], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
