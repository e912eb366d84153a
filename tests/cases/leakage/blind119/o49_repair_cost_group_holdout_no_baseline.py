"""Repair cost take-home - LightGBM regressor with a building-level holdout."""
import json
import os

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import GroupShuffleSplit

CATS = ["asset_type", "trade", "urgency", "district", "contractor_tier"]
NUMS = ["building_age_years", "floor_area_m2", "parts_estimate", "labour_hours_estimate"]


class TaskConfig:
    def __init__(self, bundle="."):
        self.bundle = bundle
        with open(os.path.join(bundle, "task.json")) as fh:
            spec = json.load(fh)
        self.target = spec["target"]
        self.group_column = spec["group_column"]

    def read(self, name):
        return pd.read_csv(os.path.join(self.bundle, name))


class FeatureBuilder:
    def fit(self, df):
        self.levels = {c: pd.Index(sorted(df[c].dropna().unique())) for c in CATS}
        return self

    def transform(self, df):
        X = df[NUMS].copy()
        for c in CATS:
            X[c] = pd.Categorical(df[c], categories=self.levels[c])
        X["hours_per_m2"] = df["labour_hours_estimate"] / df["floor_area_m2"].clip(lower=1)
        return X


class Splitter:
    def __init__(self, cfg, test_size=0.2, seed=7):
        self.cfg = cfg
        self.gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)

    def split(self, df):
        tr, va = next(self.gss.split(df, groups=df[self.cfg.group_column]))
        assert not set(df[self.cfg.group_column].iloc[tr]) & set(df[self.cfg.group_column].iloc[va])
        return df.iloc[tr], df.iloc[va]


class Trainer:
    params = dict(objective="regression_l1", n_estimators=700, learning_rate=0.03, num_leaves=48,
                  min_child_samples=25, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)

    def fit(self, X, y):
        self.model = lgb.LGBMRegressor(**self.params).fit(X, np.log1p(y))
        return self

    def predict(self, X):
        return np.expm1(self.model.predict(X))


class Evaluator:
    @staticmethod
    def scores(y, p):
        return {"mae": mean_absolute_error(y, p),
                "rmse": float(np.sqrt(mean_squared_error(y, p))),
                "r2": r2_score(y, p)}


def main():
    cfg = TaskConfig()
    train, test = cfg.read("train.csv"), cfg.read("test.csv")
    print("jobs", len(train), "buildings", train[cfg.group_column].nunique())
    print(train[CATS].nunique())

    tr_df, va_df = Splitter(cfg).split(train)
    fb = FeatureBuilder().fit(tr_df)
    trainer = Trainer().fit(fb.transform(tr_df), tr_df[cfg.target])
    metrics = Evaluator.scores(va_df[cfg.target], trainer.predict(fb.transform(va_df)))
    print("holdout:", {k: round(v, 3) for k, v in metrics.items()})

    fb_all = FeatureBuilder().fit(train)
    final = Trainer().fit(fb_all.transform(train), train[cfg.target])
    pd.DataFrame({"job_ref": test["job_ref"], "prediction": final.predict(fb_all.transform(test))}).to_csv(
        "predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"neg_mean_absolute_error": -metrics["mae"], "r2": metrics["r2"]}, fh)


if __name__ == "__main__":
    main()
