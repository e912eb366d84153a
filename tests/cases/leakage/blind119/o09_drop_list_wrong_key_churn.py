import json
import sys

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score


class TaskConfig:
    def __init__(self, path="task.json"):
        with open(path) as fh:
            raw = json.load(fh)
        self.target = raw["target"]
        self.id_column = raw["id_column"]
        self.time_column = raw["time_column"]
        self.group_column = raw["group_column"]
        self.leaky = raw.get("leaky_cols", [])

    @property
    def drop_columns(self):
        return [self.target, self.id_column, self.time_column, self.group_column] + list(self.leaky)


class FeatureBuilder:
    def __init__(self, cfg):
        self.cfg = cfg
        self.feature_names = None

    def _encode(self, df):
        X = df.drop(columns=[c for c in self.cfg.drop_columns if c in df.columns])
        obj = X.select_dtypes(include="object").columns
        X = pd.get_dummies(X, columns=list(obj), dtype=float)
        return X.astype(float)

    def fit(self, df):
        self.feature_names = list(self._encode(df).columns)
        return self

    def transform(self, df):
        return self._encode(df).reindex(columns=self.feature_names, fill_value=0.0)


class Splitter:
    def __init__(self, cfg, n_valid_months=2):
        self.cfg = cfg
        self.n_valid_months = n_valid_months

    def __call__(self, df):
        months = sorted(df[self.cfg.time_column].unique())
        valid_months = months[-self.n_valid_months:]
        tr = df[~df[self.cfg.time_column].isin(valid_months)]
        va = df[df[self.cfg.time_column].isin(valid_months)]
        va = va[~va[self.cfg.group_column].isin(tr[self.cfg.group_column].unique())]
        return tr, va


class Trainer:
    def __init__(self):
        self.model = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                                subsample=0.8, random_state=0)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def predict_proba(self, X):
        return self.model.predict_proba(X)[:, 1]


def evaluate(name, y, p):
    auc, ap = roc_auc_score(y, p), average_precision_score(y, p)
    print(f"{name:<10} roc_auc={auc:.4f}  avg_precision={ap:.4f}")
    return auc, ap


def main(bundle="."):
    cfg = TaskConfig(f"{bundle}/task.json")
    train = pd.read_csv(f"{bundle}/train.csv")
    test = pd.read_csv(f"{bundle}/test.csv")
    print("rows", len(train), "customers", train[cfg.group_column].nunique(),
          "months", train[cfg.time_column].nunique())

    tr, va = Splitter(cfg)(train)
    fb = FeatureBuilder(cfg).fit(tr)
    X_tr, X_va = fb.transform(tr), fb.transform(va)
    print("features:", fb.feature_names)

    base = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, tr[cfg.target])
    evaluate("baseline", va[cfg.target], base.predict_proba(X_va)[:, 1])
    trainer = Trainer().fit(X_tr, tr[cfg.target])
    auc, ap = evaluate("gbm", va[cfg.target], trainer.predict_proba(X_va))

    fb_all = FeatureBuilder(cfg).fit(train)
    final = Trainer().fit(fb_all.transform(train), train[cfg.target])
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(fb_all.transform(test))}).to_csv(
        f"{bundle}/predictions.csv", index=False)
    with open(f"{bundle}/metrics.json", "w") as fh:
        json.dump({"roc_auc": auc, "average_precision": ap}, fh, indent=2)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
