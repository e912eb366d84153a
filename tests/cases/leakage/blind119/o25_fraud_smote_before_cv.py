"""Card fraud - take-home submission.

    python o25_fraud_smote_before_cv.py --bundle ./bundle
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold


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


class Prepare:
    """Builds the modelling matrix and balances the classes."""

    def __init__(self, cfg, fb, seed=0):
        self.cfg = cfg
        self.fb = fb
        self.smote = SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=seed)

    def run(self, df):
        X = self.fb.fit(df).transform(df)
        y = df[self.cfg.target].values
        X_bal, y_bal = self.smote.fit_resample(X, y)
        print(f"prepared {X.shape} -> {X_bal.shape}, fraud share {y_bal.mean():.3f}")
        return X_bal, y_bal


class Validator:
    def __init__(self, n_splits=5, seed=0):
        self.skf = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)

    def evaluate(self, make_model, X, y):
        aucs, aps = [], []
        for tr, va in self.skf.split(X, y):
            model = make_model().fit(X.iloc[tr], y[tr])
            p = model.predict_proba(X.iloc[va])[:, 1]
            aucs.append(roc_auc_score(y[va], p))
            aps.append(average_precision_score(y[va], p))
        return {"roc_auc": float(np.mean(aucs)), "average_precision": float(np.mean(aps))}


def forest():
    return RandomForestClassifier(n_estimators=300, min_samples_leaf=2, max_features="sqrt",
                                  n_jobs=-1, random_state=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", default=".")
    args = ap.parse_args()

    cfg = TaskConfig(args.bundle)
    train = pd.read_csv(cfg.path("train.csv"))
    test = pd.read_csv(cfg.path("test.csv"))
    print(train[cfg.target].value_counts(normalize=True).round(4))

    fb = FeatureBuilder()
    X, y = Prepare(cfg, fb).run(train)

    val = Validator()
    base = val.evaluate(lambda: DummyClassifier(strategy="prior"), X, y)
    rf = val.evaluate(forest, X, y)
    print("baseline:", base)
    print("forest:  ", rf)

    model = forest().fit(X, y)
    proba = model.predict_proba(fb.transform(test))[:, 1]
    pd.DataFrame({cfg.id_column: test[cfg.id_column], "prediction": proba}).to_csv(
        cfg.path("predictions.csv"), index=False)
    with open(cfg.path("metrics.json"), "w") as fh:
        json.dump(rf, fh)


if __name__ == "__main__":
    main()
