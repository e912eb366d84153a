"""Pick-error model: CV trainer with a picker-level fold generator.

make_folds() assigns whole pickers to folds (shuffled unique picker ids cut into K chunks),
so a model is always scored on pickers it has never seen - which is the deployment situation
for new hires and for the error-rate dashboard.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Iterator

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("pick")

TARGET, GROUP, ID = "pick_error", "picker_id", "pick_id"
NUM = ["item_weight_kg", "qty_ordered", "picks_in_shift_so_far", "minutes_into_shift", "picker_tenure_days",
       "similar_sku_adjacent", "lighting_lux"]
CAT = ["zone", "sku_category", "bin_level"]


@dataclass
class CVConfig:
    n_splits: int = 5
    seed: int = 17
    models: dict = field(default_factory=lambda: {
        "prior_baseline": DummyClassifier(strategy="prior"),
        "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, class_weight="balanced_subsample",
                                     n_jobs=-1, random_state=17),
        "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=17),
    })


def make_folds(df: pd.DataFrame, cfg: CVConfig) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(cfg.seed)
    pickers = df[GROUP].unique()
    rng.shuffle(pickers)
    for chunk in np.array_split(pickers, cfg.n_splits):
        va = df[GROUP].isin(chunk).to_numpy()
        yield np.flatnonzero(~va), np.flatnonzero(va)


def pipeline(est) -> Pipeline:
    pre = ColumnTransformer([("num", SimpleImputer(strategy="median"), NUM),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("pre", pre), ("clf", clone(est))])


class CVTrainer:
    def __init__(self, cfg: CVConfig):
        self.cfg = cfg

    def run(self, df: pd.DataFrame) -> pd.DataFrame:
        rows = []
        X, y = df[NUM + CAT], df[TARGET]
        folds = list(make_folds(df, self.cfg))
        for tr, va in folds:
            assert not set(df[GROUP].iloc[tr]) & set(df[GROUP].iloc[va])
        for name, est in self.cfg.models.items():
            for fold, (tr, va) in enumerate(folds):
                m = pipeline(est).fit(X.iloc[tr], y.iloc[tr])
                p = m.predict_proba(X.iloc[va])[:, 1]
                rows.append({"model": name, "fold": fold,
                             "ap": average_precision_score(y.iloc[va], p), "auc": roc_auc_score(y.iloc[va], p)})
        return pd.DataFrame(rows)


def main() -> None:
    df = pd.read_csv("train.csv")
    df[CAT] = df[CAT].astype(str)
    cfg = CVConfig()
    res = CVTrainer(cfg).run(df)
    log.info("\n%s", res.groupby("model")[["ap", "auc"]].agg(["mean", "std"]).round(4))
    with open("cv_metrics.json", "w") as fh:
        json.dump(res.groupby("model")[["ap", "auc"]].mean().to_dict(orient="index"), fh, indent=2)

    best = res[res.model != "prior_baseline"].groupby("model")["ap"].mean().idxmax()
    final = pipeline(cfg.models[best]).fit(df[NUM + CAT], df[TARGET])
    sub = pd.read_csv("test.csv")
    sub[CAT] = sub[CAT].astype(str)
    pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False)
    log.info("submitted %s", best)


if __name__ == "__main__":
    main()
