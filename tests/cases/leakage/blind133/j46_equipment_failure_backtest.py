"""GridTech failure prediction - chronological backtest.

Lag features per machine (previous readings only), then a strict time split: the model is trained on
readings before the cutoff and evaluated on every reading after it, as it would be used in production.
"""
import argparse
import logging

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score

CONFIG = {
    "target": "failure_within_24h",
    "id": "reading_id",
    "machine": "machine_id",
    "ts": "reading_ts",
    "sensors": ["temperature", "vibration", "pressure", "rpm", "voltage"],
    "lags": [1, 2, 3, 6],
    "cutoff": "2024-05-01",
    "xgb": {"n_estimators": 600, "max_depth": 5, "learning_rate": 0.03, "subsample": 0.8,
            "colsample_bytree": 0.8, "eval_metric": "aucpr", "tree_method": "hist"},
}
log = logging.getLogger("gridtech.backtest")


def lag_features(df: pd.DataFrame, cfg: dict) -> pd.DataFrame:
    df = df.sort_values([cfg["machine"], cfg["ts"]]).copy()
    g = df.groupby(cfg["machine"])
    for s in cfg["sensors"]:
        for k in cfg["lags"]:
            df[f"{s}_lag{k}"] = g[s].shift(k)
        df[f"{s}_ewm"] = g[s].transform(lambda x: x.shift(1).ewm(halflife=6).mean())
        df[f"{s}_slope"] = df[s] - df[f"{s}_lag3"]
    df["hour"] = df[cfg["ts"]].dt.hour
    df["model_type"] = df["model_type"].astype("category").cat.codes
    return df


def feature_cols(df: pd.DataFrame, cfg: dict):
    return [c for c in df.columns if c not in {cfg["target"], cfg["id"], cfg["machine"], cfg["ts"]}]


def chronological_split(df: pd.DataFrame, cfg: dict):
    cut = pd.Timestamp(cfg["cutoff"])
    before, after = df[df[cfg["ts"]] < cut], df[df[cfg["ts"]] >= cut]
    log.info("train until %s: %d rows | backtest: %d rows", cut.date(), len(before), len(after))
    return before, after


class Evaluator:
    def __init__(self, y):
        self.y = np.asarray(y)

    def __call__(self, name, scores):
        log.info("%-18s AP %.4f  AUC %.4f", name, average_precision_score(self.y, scores),
                 roc_auc_score(self.y, scores))


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s | %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoff", default=CONFIG["cutoff"])
    args = ap.parse_args()
    cfg = dict(CONFIG, cutoff=args.cutoff)

    df = lag_features(pd.read_csv("train.csv", parse_dates=[cfg["ts"]]), cfg)
    feats = feature_cols(df, cfg)
    train, backtest = chronological_split(df, cfg)

    pos_weight = (1 - train[cfg["target"]].mean()) / train[cfg["target"]].mean()
    model = xgb.XGBClassifier(scale_pos_weight=pos_weight, **cfg["xgb"]).fit(train[feats], train[cfg["target"]])

    ev = Evaluator(backtest[cfg["target"]])
    ev("baseline (hours)", backtest["hours_since_maintenance"].values)
    ev("xgboost", model.predict_proba(backtest[feats])[:, 1])

    test = lag_features(pd.read_csv("test.csv", parse_dates=[cfg["ts"]]), cfg)
    final = xgb.XGBClassifier(scale_pos_weight=pos_weight, **cfg["xgb"]).fit(df[feats], df[cfg["target"]])
    pd.DataFrame({cfg["id"]: test[cfg["id"]], "prediction": final.predict_proba(test[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
