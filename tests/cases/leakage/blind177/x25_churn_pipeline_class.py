"""Churn scoring pipeline.

Design notes
------------
* Column roles come from task.json; the declared leaky columns never reach the model.
* Customer history features only look at strictly earlier snapshots of the same customer.
* Model selection uses forward-chaining folds that are also customer-disjoint: customers are
  hashed into buckets, and bucket k is validated on months >= cutoff_k while the model is fitted
  on the other buckets' rows before cutoff_k. test.csv is later months of other customers, so
  this is the closest in-sample analogue.
* SMOTE lives inside the imblearn pipeline, so it only ever sees each fold's training rows.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass
class TaskSpec:
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: list = field(default_factory=list)

    @classmethod
    def load(cls, path: str = "task.json") -> "TaskSpec":
        with open(path) as f:
            d = json.load(f)
        return cls(d["target"], d["id_column"], d["time_column"], d["group_column"],
                   list(d.get("leaky_columns", [])))


class HistoryFeatures:
    """Per-customer features computed from strictly earlier snapshots."""

    COLS = ("logins_30d", "support_tickets_30d")

    def __init__(self, spec: TaskSpec):
        self.spec = spec

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        g, t = self.spec.group_column, self.spec.time_column
        df = df.sort_values([g, t]).copy()
        grp = df.groupby(g)
        for col in self.COLS:
            prev = grp[col].shift(1)
            df[f"{col}_prev"] = prev
            df[f"{col}_delta"] = df[col] - prev
            df[f"{col}_avg3_prev"] = prev.groupby(df[g]).transform(lambda s: s.rolling(3, min_periods=1).mean())
        df["snapshots_seen"] = grp.cumcount()
        return df.sort_index()


class ForwardCustomerSplit:
    """Folds that are forward in time and disjoint in customers."""

    def __init__(self, spec: TaskSpec, cutoffs, seed: int = 0):
        self.spec = spec
        self.cutoffs = [np.datetime64(c) for c in cutoffs]
        self.seed = seed

    def split(self, df: pd.DataFrame):
        g, t = self.spec.group_column, self.spec.time_column
        customers = df[g].unique()
        rng = np.random.default_rng(self.seed)
        bucket = pd.Series(rng.integers(0, len(self.cutoffs), len(customers)), index=customers)
        b = df[g].map(bucket).to_numpy()
        when = df[t].to_numpy()
        for k, cutoff in enumerate(self.cutoffs):
            tr = np.where((b != k) & (when < cutoff))[0]
            va = np.where((b == k) & (when >= cutoff))[0]
            yield tr, va


class ChurnModel:
    GRID = {
        "clf__n_estimators": [200, 400],
        "clf__num_leaves": [15, 31],
        "smote__sampling_strategy": [0.1, 0.25],
    }

    def __init__(self, spec: TaskSpec):
        self.spec = spec
        self.search = None

    def feature_columns(self, df):
        s = self.spec
        excluded = {s.target, s.id_column, s.time_column, s.group_column, *s.leaky_columns}
        return [c for c in df.columns if c not in excluded]

    def build(self, X: pd.DataFrame):
        cat = [c for c in X.columns if X[c].dtype == object]
        num = [c for c in X.columns if c not in cat]
        prep = ColumnTransformer([
            ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                              ("scale", StandardScaler())]), num),
            ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat),
        ])
        return ImbPipeline([
            ("prep", prep),
            ("smote", SMOTE(random_state=0)),
            ("clf", LGBMClassifier(learning_rate=0.05, random_state=0, verbose=-1)),
        ])

    def fit(self, df: pd.DataFrame, folds):
        X, y = df[self.feature_columns(df)], df[self.spec.target]
        self.search = GridSearchCV(self.build(X), self.GRID, scoring="average_precision",
                                   cv=folds, n_jobs=-1, refit=True)
        self.search.fit(X, y)
        baseline = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=folds,
                                   scoring="average_precision")
        print("best params:", self.search.best_params_)
        print(f"forward/customer-disjoint CV AP: {self.search.best_score_:.4f}")
        print(f"prior baseline AP:               {baseline.mean():.4f}")
        return self

    def predict(self, df: pd.DataFrame) -> np.ndarray:
        return self.search.predict_proba(df[self.feature_columns(df)])[:, 1]


def main():
    spec = TaskSpec.load()
    train = pd.read_csv("train.csv", parse_dates=[spec.time_column])
    test = pd.read_csv("test.csv", parse_dates=[spec.time_column])

    history = HistoryFeatures(spec)
    train = history.transform(train).reset_index(drop=True)
    test = history.transform(test)

    folds = list(ForwardCustomerSplit(spec, ["2024-06-01", "2024-07-01", "2024-08-01"]).split(train))
    for k, (tr, va) in enumerate(folds):
        print(f"fold {k}: fit {len(tr)} rows, validate {len(va)} rows")

    model = ChurnModel(spec).fit(train, folds)
    pred = model.predict(test)
    out = pd.DataFrame({spec.id_column: test[spec.id_column], "prediction": pred})
    out.to_csv("predictions.csv", index=False)
    print(out["prediction"].describe())


if __name__ == "__main__":
    main()
