"""AdNova CTR - negative downsampling for faster training.

With a ~4% click rate most impressions are negatives; keeping 1 negative in 5 cuts training time by ~4x.
Predictions are re-calibrated afterwards with the standard correction p / (p + (1 - p) / w).
"""
import argparse
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.utils import resample

log = logging.getLogger("adnova.ds")


@dataclass
class Settings:
    target: str = "clicked"
    id_col: str = "impression_id"
    user_col: str = "user_id"
    neg_rate: float = 0.2
    valid_size: float = 0.2
    seed: int = 77


def downsample(df: pd.DataFrame, s: Settings) -> pd.DataFrame:
    pos = df[df[s.target] == 1]
    neg = df[df[s.target] == 0]
    neg_kept = resample(neg, replace=False, n_samples=int(len(neg) * s.neg_rate), random_state=s.seed)
    out = pd.concat([pos, neg_kept]).sample(frac=1.0, random_state=s.seed)
    log.info("downsampled %d -> %d rows, CTR %.3f", len(df), len(out), out[s.target].mean())
    return out


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    X = df[["hour", "ad_position", "user_impressions_7d", "user_clicks_7d"]].copy()
    X["user_ctr_7d"] = (df["user_clicks_7d"] + 0.5) / (df["user_impressions_7d"] + 20)
    for c in ["site_category", "device_type", "os", "user_age_bucket"]:
        X[c] = df[c].astype("category")
    return X


def recalibrate(p: np.ndarray, w: float) -> np.ndarray:
    return p / (p + (1 - p) / w)


class Trainer:
    def __init__(self, s: Settings):
        self.s = s
        self.model = xgb.XGBClassifier(n_estimators=500, max_depth=6, learning_rate=0.05, subsample=0.8,
                                       colsample_bytree=0.8, enable_categorical=True, tree_method="hist",
                                       random_state=s.seed)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def predict(self, X):
        return recalibrate(self.model.predict_proba(X)[:, 1], self.s.neg_rate)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--neg-rate", type=float, default=0.2)
    args = ap.parse_args()
    s = Settings(neg_rate=args.neg_rate)

    df = downsample(pd.read_csv("train.csv"), s)
    gss = GroupShuffleSplit(n_splits=1, test_size=s.valid_size, random_state=s.seed)
    tr_idx, va_idx = next(gss.split(df, groups=df[s.user_col]))
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]

    trainer = Trainer(s).fit(featurize(tr), tr[s.target])
    p = trainer.predict(featurize(va))
    log.info("validation logloss %.5f | ROC-AUC %.4f", log_loss(va[s.target], p), roc_auc_score(va[s.target], p))

    test = pd.read_csv("test.csv")
    final = Trainer(s).fit(featurize(df), df[s.target])
    pd.DataFrame({s.id_col: test[s.id_col], "prediction": final.predict(featurize(test))}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
