"""Pick-error model - training script.

Fits the production pipeline on the full labelled extract, logs fit quality, stores the
artifact and writes predictions for the scoring file.
"""
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("train")


@dataclass
class TrainConfig:
    target: str = "pick_error"
    id_col: str = "pick_id"
    numeric: list = field(default_factory=lambda: ["item_weight_kg", "qty_ordered", "picks_in_shift_so_far",
                                                   "minutes_into_shift", "picker_tenure_days",
                                                   "similar_sku_adjacent", "lighting_lux"])
    categorical: list = field(default_factory=lambda: ["zone", "sku_category", "bin_level"])
    gbm: dict = field(default_factory=lambda: {"n_estimators": 300, "max_depth": 3, "learning_rate": 0.05,
                                               "subsample": 0.8, "random_state": 0})
    artifact: str = "pick_error_model.joblib"


class PickErrorModel:
    def __init__(self, cfg: TrainConfig):
        self.cfg = cfg
        pre = ColumnTransformer([
            ("num", SimpleImputer(strategy="median"), cfg.numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), cfg.categorical),
        ])
        self.pipe = Pipeline([("pre", pre), ("gbm", GradientBoostingClassifier(**cfg.gbm))])

    @property
    def features(self):
        return self.cfg.numeric + self.cfg.categorical

    def fit(self, df: pd.DataFrame) -> "PickErrorModel":
        self.pipe.fit(df[self.features], df[self.cfg.target])
        return self

    def predict_proba(self, df: pd.DataFrame):
        return self.pipe.predict_proba(df[self.features])[:, 1]

    def predict(self, df: pd.DataFrame):
        return self.pipe.predict(df[self.features])


def main() -> None:
    cfg = TrainConfig()
    df = pd.read_csv("train.csv")
    df[cfg.categorical] = df[cfg.categorical].astype(str)
    log.info("training on %d picks", len(df))

    model = PickErrorModel(cfg).fit(df)
    acc = accuracy_score(df[cfg.target], model.predict(df))
    log.info("accuracy: %.4f", acc)

    joblib.dump(model.pipe, cfg.artifact)
    Path("run.json").write_text(json.dumps({"config": asdict(cfg), "accuracy": acc}, indent=2))

    sub = pd.read_csv("test.csv")
    sub[cfg.categorical] = sub[cfg.categorical].astype(str)
    pd.DataFrame({cfg.id_col: sub[cfg.id_col], "prediction": model.predict_proba(sub)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
