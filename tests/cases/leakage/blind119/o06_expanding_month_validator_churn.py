#!/usr/bin/env python
"""Churn next month - walk-forward validation over snapshot months, random forest."""
import json
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

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
    cats = ["plan", "region", "contract_type", "payment_method"]

    def __init__(self, cfg):
        self.cfg = cfg
        self.columns = None

    def _raw(self, df):
        X = df.drop(columns=[c for c in self.cfg.non_features() if c in df.columns])
        X = pd.get_dummies(X, columns=self.cats, dtype=float)
        X["tickets_per_login"] = df["support_tickets_30d"] / (df["logins_30d"] + 1)
        X["autopay"] = X["autopay"].astype(float)
        return X

    def fit(self, df):
        self.columns = self._raw(df).columns
        return self

    def transform(self, df):
        return self._raw(df).reindex(columns=self.columns, fill_value=0.0)


class Validator:
    """For each of the last months: train on all earlier months, validate on that month's
    customers that never appeared in the training months."""

    def __init__(self, cfg, n_valid_months=3):
        self.cfg = cfg
        self.n_valid_months = n_valid_months

    def folds(self, df):
        month = df[self.cfg.time_column].dt.to_period("M")
        for m in sorted(month.unique())[-self.n_valid_months:]:
            tr = np.where(month < m)[0]
            seen = set(df[self.cfg.group_column].iloc[tr])
            va = np.where((month == m) & ~df[self.cfg.group_column].isin(seen))[0]
            yield str(m), tr, va


class Trainer:
    def __init__(self, seed=42):
        self.seed = seed

    def make(self):
        return RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1,
                                      class_weight="balanced_subsample", random_state=self.seed)


def main():
    cfg = TaskConfig.from_file()
    train = pd.read_csv("train.csv", parse_dates=[cfg.time_column]).sort_values(cfg.time_column)
    train = train.reset_index(drop=True)
    test = pd.read_csv("test.csv", parse_dates=[cfg.time_column])
    log.info("train %s test %s churn %.3f", train.shape, test.shape, train[cfg.target].mean())

    y = train[cfg.target].values
    rows = []
    for month, tr, va in Validator(cfg).folds(train):
        fb = FeatureBuilder(cfg).fit(train.iloc[tr])
        X_tr, X_va = fb.transform(train.iloc[tr]), fb.transform(train.iloc[va])
        model = Trainer().make().fit(X_tr, y[tr])
        base = DummyClassifier(strategy="prior").fit(X_tr, y[tr])
        p, b = model.predict_proba(X_va)[:, 1], base.predict_proba(X_va)[:, 1]
        rows.append({"month": month, "n_valid": len(va),
                     "auc": roc_auc_score(y[va], p), "ap": average_precision_score(y[va], p),
                     "base_auc": roc_auc_score(y[va], b), "base_ap": average_precision_score(y[va], b)})
        log.info("%s", rows[-1])

    res = pd.DataFrame(rows)
    print(res.round(4).to_string(index=False))
    summary = res[["auc", "ap", "base_auc", "base_ap"]].mean()

    fb = FeatureBuilder(cfg).fit(train)
    model = Trainer().make().fit(fb.transform(train), y)
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": model.predict_proba(fb.transform(test))[:, 1]}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": float(summary["auc"]), "average_precision": float(summary["ap"])}, fh)


if __name__ == "__main__":
    main()
