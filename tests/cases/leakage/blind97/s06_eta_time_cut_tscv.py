"""ETA: out-of-time evaluation.

Dev period: trips before 2023-10-01 (model choice with TimeSeriesSplit inside it).
Test period: trips from 2023-10-01 on, scored once with the chosen model.
"""
import json
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass
class Cfg:
    target: str = "eta_minutes"
    time_col: str = "pickup_time"
    id_col: str = "trip_id"
    cutoff: str = "2023-10-01"
    n_splits: int = 5
    seed: int = 3


CFG = Cfg()
NUM = ["planned_distance_km", "traffic_index", "temperature_c", "driver_rating", "surge_multiplier",
       "pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon", "hour", "dow"]
CAT = ["vehicle_type", "city_zone", "weather"]


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[CFG.time_col])
    df["hour"] = df[CFG.time_col].dt.hour
    df["dow"] = df[CFG.time_col].dt.dayofweek
    return df.sort_values(CFG.time_col).reset_index(drop=True)


def preprocessor() -> ColumnTransformer:
    num = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    cat = OneHotEncoder(handle_unknown="ignore")
    return ColumnTransformer([("num", num, NUM), ("cat", cat, CAT)])


def candidates() -> dict:
    return {
        "baseline": DummyRegressor(strategy="median"),
        "ridge": Ridge(alpha=1.0),
        "rf": RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=CFG.seed),
        "hgb": HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=CFG.seed),
    }


class Trainer:
    def __init__(self, cfg: Cfg):
        self.cfg = cfg
        self.cv_scores = {}

    def select(self, X: pd.DataFrame, y: pd.Series) -> str:
        cv = TimeSeriesSplit(n_splits=self.cfg.n_splits)
        for name, est in candidates().items():
            pipe = Pipeline([("pre", preprocessor()), ("model", est)])
            s = cross_val_score(pipe, X, y, cv=cv, scoring="neg_mean_absolute_error", n_jobs=-1)
            self.cv_scores[name] = -s.mean()
            print(f"{name:10s} CV MAE {-s.mean():.3f} +- {s.std():.3f}")
        return min((k for k in self.cv_scores if k != "baseline"), key=self.cv_scores.get)

    def fit(self, name: str, X, y) -> Pipeline:
        return Pipeline([("pre", preprocessor()), ("model", candidates()[name])]).fit(X, y)


def main():
    df = load("train.csv")
    cutoff = pd.Timestamp(CFG.cutoff)
    dev, test = df[df[CFG.time_col] < cutoff], df[df[CFG.time_col] >= cutoff]
    print(f"dev {len(dev)} rows up to {dev[CFG.time_col].max()}, test {len(test)} rows")

    trainer = Trainer(CFG)
    best = trainer.select(dev[NUM + CAT], dev[CFG.target])
    print("chosen:", best)

    model = trainer.fit(best, dev[NUM + CAT], dev[CFG.target])
    base = trainer.fit("baseline", dev[NUM + CAT], dev[CFG.target])
    metrics = {
        "model": best,
        "test_mae": mean_absolute_error(test[CFG.target], model.predict(test[NUM + CAT])),
        "baseline_test_mae": mean_absolute_error(test[CFG.target], base.predict(test[NUM + CAT])),
        "cv": trainer.cv_scores,
        "config": asdict(CFG),
    }
    print(json.dumps(metrics, indent=2, default=float))

    final = trainer.fit(best, df[NUM + CAT], df[CFG.target])
    sub = load("test.csv")
    pd.DataFrame({CFG.id_col: sub[CFG.id_col], "prediction": final.predict(sub[NUM + CAT])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
