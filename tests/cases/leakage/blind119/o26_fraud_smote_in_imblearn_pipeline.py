"""Card fraud - take-home submission.

    python o26_fraud_smote_in_imblearn_pipeline.py --bundle ./bundle
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate


class TaskConfig:
    def __init__(self, bundle):
        with open(os.path.join(bundle, "task.json")) as fh:
            raw = json.load(fh)
        self.bundle = bundle
        self.target = raw["target"]
        self.id_column = raw["id_column"]
        self.leaky_columns = raw.get("leaky_columns", [])

    def path(self, name):
        return os.path.join(self.bundle, name)


class FeatureBuilder:
    numeric = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d"]
    categorical = ["merchant_category", "device_type"]

    def __init__(self):
        self.columns_ = None

    def fit(self, df):
        self.columns_ = self._build(df).columns
        return self

    def _build(self, df):
        X = df[self.numeric].fillna(0).astype(float)
        X["log_amount"] = np.log1p(X["amount"])
        X["amount_ratio"] = X["amount"] / (X["avg_amount_30d"] + 1)
        X["night"] = X["hour"].isin([0, 1, 2, 3, 4, 5]).astype(float)
        dummies = pd.get_dummies(df[self.categorical].fillna("na"), dtype=float)
        return pd.concat([X, dummies], axis=1)

    def transform(self, df):
        return self._build(df).reindex(columns=self.columns_, fill_value=0.0)


class ModelFactory:
    def __init__(self, seed=0):
        self.seed = seed

    def forest(self):
        return Pipeline([
            ("smote", SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=self.seed)),
            ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=2, max_features="sqrt",
                                          n_jobs=-1, random_state=self.seed)),
        ])

    def baseline(self):
        return DummyClassifier(strategy="prior")


class Validator:
    def __init__(self, n_splits=5, seed=0):
        self.cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)

    def evaluate(self, model, X, y):
        res = cross_validate(model, X, y, cv=self.cv, scoring=["roc_auc", "average_precision"])
        return {"roc_auc": float(res["test_roc_auc"].mean()),
                "average_precision": float(res["test_average_precision"].mean())}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", default=".")
    args = ap.parse_args()

    cfg = TaskConfig(args.bundle)
    train = pd.read_csv(cfg.path("train.csv"))
    test = pd.read_csv(cfg.path("test.csv"))
    print(train[cfg.target].value_counts(normalize=True).round(4))

    fb = FeatureBuilder().fit(train)
    X, y = fb.transform(train), train[cfg.target].values

    factory, val = ModelFactory(), Validator()
    base = val.evaluate(factory.baseline(), X, y)
    rf = val.evaluate(factory.forest(), X, y)
    print("baseline:", base)
    print("smote+rf:", rf)

    model = factory.forest().fit(X, y)
    proba = model.predict_proba(fb.transform(test))[:, 1]
    pd.DataFrame({cfg.id_column: test[cfg.id_column], "prediction": proba}).to_csv(
        cfg.path("predictions.csv"), index=False)
    with open(cfg.path("metrics.json"), "w") as fh:
        json.dump(rf, fh)


if __name__ == "__main__":
    main()
