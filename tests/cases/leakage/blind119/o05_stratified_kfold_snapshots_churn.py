#!/usr/bin/env python
"""Churn next month - 5-fold CV with a random forest, then predictions.csv."""
import json
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")


class TaskConfig:
    def __init__(self, raw):
        self.target = raw["target"]
        self.id_column = raw["id_column"]
        self.time_column = raw.get("time_column")
        self.group_column = raw.get("group_column")
        self.leaky_columns = raw.get("leaky_columns", [])

    @classmethod
    def from_file(cls, path="task.json"):
        with open(path) as fh:
            return cls(json.load(fh))

    def non_features(self):
        return [self.target, self.id_column, self.time_column, self.group_column] + self.leaky_columns


class FeatureBuilder:
    """Stateless: dummies + a few ratios."""
    cats = ["plan", "region", "contract_type", "payment_method"]

    def __init__(self, cfg):
        self.cfg = cfg
        self.columns = None

    def fit(self, df):
        self.columns = self._raw(df).columns
        return self

    def _raw(self, df):
        X = df.drop(columns=[c for c in self.cfg.non_features() if c in df.columns])
        X = pd.get_dummies(X, columns=self.cats, dtype=float)
        X["tickets_per_login"] = df["support_tickets_30d"] / (df["logins_30d"] + 1)
        X["autopay"] = X["autopay"].astype(float)
        return X

    def transform(self, df):
        return self._raw(df).reindex(columns=self.columns, fill_value=0.0)


class Validator:
    def __init__(self, n_splits=5, seed=42):
        self.cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)

    def folds(self, X, y):
        yield from self.cv.split(X, y)


class Trainer:
    def __init__(self, seed=42):
        self.seed = seed

    def make(self):
        return RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1,
                                      class_weight="balanced_subsample", random_state=self.seed)


def main():
    cfg = TaskConfig.from_file()
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    log.info("train %s test %s churn %.3f", train.shape, test.shape, train[cfg.target].mean())

    fb = FeatureBuilder(cfg).fit(train)
    X = fb.transform(train)
    y = train[cfg.target].values

    scores = {"model_auc": [], "model_ap": [], "base_auc": [], "base_ap": []}
    for k, (tr, va) in enumerate(Validator().folds(X, y)):
        model = Trainer().make().fit(X.iloc[tr], y[tr])
        base = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
        p = model.predict_proba(X.iloc[va])[:, 1]
        b = base.predict_proba(X.iloc[va])[:, 1]
        scores["model_auc"].append(roc_auc_score(y[va], p))
        scores["model_ap"].append(average_precision_score(y[va], p))
        scores["base_auc"].append(roc_auc_score(y[va], b))
        scores["base_ap"].append(average_precision_score(y[va], b))
        log.info("fold %d auc %.4f ap %.4f", k, scores["model_auc"][-1], scores["model_ap"][-1])

    summary = {k: float(np.mean(v)) for k, v in scores.items()}
    log.info("cv summary %s", summary)

    model = Trainer().make().fit(X, y)
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": model.predict_proba(fb.transform(test))[:, 1]}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": summary["model_auc"], "average_precision": summary["model_ap"]}, fh)


if __name__ == "__main__":
    main()
