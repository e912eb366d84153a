"""SafeDrive claim cost - smoothed segment encodings, fitted inside each CV fold.

The encoder averages the (log) claim cost per segment, so it is refitted on every training fold and only
applied to the held-out fold.
"""
import argparse
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import KFold

log = logging.getLogger("claims")


@dataclass
class Cfg:
    target: str = "claim_cost"
    id_col: str = "claim_id"
    leaky: tuple = ("settled_amount",)
    smoothing: float = 20.0
    folds: int = 5
    seed: int = 3


class SmoothedTargetEncoder:
    def __init__(self, cols, smoothing):
        self.cols = cols
        self.smoothing = smoothing

    def fit(self, X, y):
        tmp = X[self.cols].assign(_y=np.log1p(np.asarray(y)))
        self.prior_ = tmp["_y"].mean()
        self.maps_ = {}
        for c in self.cols:
            stats = tmp.groupby(c)["_y"].agg(["mean", "count"])
            w = stats["count"] / (stats["count"] + self.smoothing)
            self.maps_[c] = w * stats["mean"] + (1 - w) * self.prior_
        return self

    def transform(self, X):
        out = X.copy()
        for c in self.cols:
            out[f"te_{c}"] = X[c].map(self.maps_[c]).fillna(self.prior_)
        return out.drop(columns=self.cols)


ENC_COLS = ["region", "vehicle_type", "incident_type", "segment"]


def numeric_block(frame: pd.DataFrame) -> pd.DataFrame:
    X = frame[["policy_age_years", "vehicle_age", "driver_age", "num_parties", "estimated_damage",
               "repair_shop_quote", "region", "vehicle_type", "incident_type"]].copy()
    X["segment"] = frame["region"] + "|" + frame["vehicle_type"] + "|" + frame["incident_type"]
    X["police_report"] = (frame["police_report"] == "yes").astype(int)
    X["log_estimate"] = np.log1p(X["estimated_damage"])
    return X


def new_model(cfg):
    return HistGradientBoostingRegressor(max_iter=500, learning_rate=0.04, random_state=cfg.seed)


def cross_validate(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    X_raw, y = numeric_block(df), df[cfg.target].reset_index(drop=True)
    X_raw = X_raw.reset_index(drop=True)
    rows = []
    for k, (tr, va) in enumerate(KFold(cfg.folds, shuffle=True, random_state=cfg.seed).split(X_raw)):
        enc = SmoothedTargetEncoder(ENC_COLS, cfg.smoothing).fit(X_raw.iloc[tr], y.iloc[tr])
        model = new_model(cfg).fit(enc.transform(X_raw.iloc[tr]), y.iloc[tr])
        pred = model.predict(enc.transform(X_raw.iloc[va]))
        rows.append({
            "fold": k,
            "mae_model": mean_absolute_error(y.iloc[va], pred),
            "mae_mean_baseline": mean_absolute_error(y.iloc[va], np.full(len(va), y.iloc[tr].mean())),
        })
    res = pd.DataFrame(rows)
    log.info("\n%s", res.round(1).to_string(index=False))
    log.info("mean MAE model %.1f vs baseline %.1f", res["mae_model"].mean(), res["mae_mean_baseline"].mean())
    return res


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--smoothing", type=float, default=20.0)
    args = ap.parse_args()
    cfg = Cfg(smoothing=args.smoothing)

    df = pd.read_csv("train.csv").drop(columns=list(cfg.leaky))
    sub = pd.read_csv("test.csv")
    cross_validate(df, cfg)

    enc = SmoothedTargetEncoder(ENC_COLS, cfg.smoothing).fit(numeric_block(df), df[cfg.target])
    final = new_model(cfg).fit(enc.transform(numeric_block(df)), df[cfg.target])
    preds = final.predict(enc.transform(numeric_block(sub)))
    pd.DataFrame({cfg.id_col: sub[cfg.id_col], "prediction": preds}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
