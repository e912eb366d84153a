"""Repair cost regression.

Structure: TaskConfig / CostProfile (district x trade cost levels) / FeatureBuilder / Validator / Trainer / main.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error
from sklearn.model_selection import GroupKFold


class TaskConfig:
    def __init__(self, path="task.json"):
        with open(path) as fh:
            self.raw = json.load(fh)
        self.target = self.raw["target"]
        self.group_column = self.raw["group_column"]


class CostProfile:
    """Typical (median) log cost per district x trade and per asset type."""

    def __init__(self, df, target):
        log_cost = np.log1p(df[target])
        self.global_level = float(log_cost.median())
        self.by_district_trade = log_cost.groupby([df["district"], df["trade"]]).median()
        self.by_asset = log_cost.groupby(df["asset_type"]).median()

    def add(self, df):
        out = df.copy()
        keys = pd.MultiIndex.from_arrays([out["district"], out["trade"]])
        out["district_trade_level"] = self.by_district_trade.reindex(keys).to_numpy()
        out["asset_level"] = out["asset_type"].map(self.by_asset)
        out[["district_trade_level", "asset_level"]] = out[["district_trade_level", "asset_level"]].fillna(
            self.global_level)
        return out


class FeatureBuilder:
    num = ["building_age_years", "floor_area_m2", "parts_estimate", "labour_hours_estimate",
           "district_trade_level", "asset_level"]
    cat = ["urgency", "contractor_tier"]

    def fit(self, df):
        self.cols = self.frame(df).columns
        return self

    def frame(self, df):
        X = df[self.num].astype(float).copy()
        X["log_parts"] = np.log1p(df["parts_estimate"])
        return X.join(pd.get_dummies(df[self.cat], dtype=float))

    def transform(self, df):
        return self.frame(df).reindex(columns=self.cols, fill_value=0.0)


class Validator:
    def __init__(self, cfg, k=5):
        self.cfg = cfg
        self.cv = GroupKFold(n_splits=k)

    def folds(self, df):
        return self.cv.split(df, groups=df[self.cfg.group_column])


class Trainer:
    def make(self):
        return GradientBoostingRegressor(loss="huber", n_estimators=500, max_depth=4, learning_rate=0.03,
                                         subsample=0.8, random_state=0)


def main():
    cfg = TaskConfig()
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape, train[cfg.group_column].nunique(), "buildings")
    print(train[cfg.target].describe())

    profile = CostProfile(train, cfg.target)
    data = profile.add(train)

    results = []
    for fold, (tr, va) in enumerate(Validator(cfg).folds(data)):
        tr_df, va_df = data.iloc[tr], data.iloc[va]
        fb = FeatureBuilder().fit(tr_df)
        X_tr, X_va = fb.transform(tr_df), fb.transform(va_df)
        model = Trainer().make().fit(X_tr, np.log1p(tr_df[cfg.target]))
        pred = np.expm1(model.predict(X_va))
        base = DummyRegressor(strategy="median").fit(X_tr, tr_df[cfg.target]).predict(X_va)
        results.append({"fold": fold,
                        "mae": mean_absolute_error(va_df[cfg.target], pred),
                        "medae": median_absolute_error(va_df[cfg.target], pred),
                        "baseline_mae": mean_absolute_error(va_df[cfg.target], base)})
        print(results[-1])

    res = pd.DataFrame(results)
    print(res.mean().round(2))

    fb = FeatureBuilder().fit(data)
    model = Trainer().make().fit(fb.transform(data), np.log1p(data[cfg.target]))
    test_pred = np.expm1(model.predict(fb.transform(profile.add(test))))
    pd.DataFrame({"job_ref": test["job_ref"], "prediction": test_pred}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"neg_mean_absolute_error": -float(res["mae"].mean())}, fh)


if __name__ == "__main__":
    main()
