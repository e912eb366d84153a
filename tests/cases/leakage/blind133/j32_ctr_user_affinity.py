"""AdNova CTR - user click affinity features.

Users differ hugely in how click-happy they are, so each impression gets its user's smoothed click rate
and its advertiser's click rate. Validation holds out whole users.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.compose import ColumnTransformer

CONFIG = {
    "target": "clicked",
    "id": "impression_id",
    "user": "user_id",
    "prior_strength": 50,
    "valid_size": 0.2,
    "seed": 9,
}
NUM = ["hour", "ad_position", "user_impressions_7d", "user_clicks_7d", "user_rate", "advertiser_rate"]
CAT = ["site_category", "device_type", "os", "user_age_bucket"]
log = logging.getLogger("adnova.affinity")


def smoothed_rate(df: pd.DataFrame, key: str, target: str, strength: float) -> pd.Series:
    prior = df[target].mean()
    agg = df.groupby(key)[target].agg(["sum", "count"])
    rate = (agg["sum"] + strength * prior) / (agg["count"] + strength)
    return df[key].map(rate)


def add_affinity(df: pd.DataFrame, cfg: dict) -> pd.DataFrame:
    out = df.copy()
    out["user_rate"] = smoothed_rate(df, cfg["user"], cfg["target"], cfg["prior_strength"])
    out["advertiser_rate"] = smoothed_rate(df, "advertiser_id", cfg["target"], cfg["prior_strength"])
    return out


def model_factory():
    pre = ColumnTransformer([("num", StandardScaler(), NUM), ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return make_pipeline(pre, LogisticRegression(max_iter=1000, C=0.3))


def holdout(df: pd.DataFrame, cfg: dict):
    gss = GroupShuffleSplit(n_splits=1, test_size=cfg["valid_size"], random_state=cfg["seed"])
    tr_idx, va_idx = next(gss.split(df, groups=df[cfg["user"]]))
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    model = model_factory().fit(tr[NUM + CAT], tr[cfg["target"]])
    p = model.predict_proba(va[NUM + CAT])[:, 1]
    base = np.full(len(va), tr[cfg["target"]].mean())
    log.info("baseline (train CTR) logloss %.5f", log_loss(va[cfg["target"]], base))
    log.info("logreg logloss %.5f AUC %.4f", log_loss(va[cfg["target"]], p), roc_auc_score(va[cfg["target"]], p))


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    cfg = CONFIG

    df = add_affinity(pd.read_csv(args.train), cfg)
    holdout(df, cfg)

    test = pd.read_csv(args.test)
    user_map = df.groupby(cfg["user"])["user_rate"].first()
    adv_map = df.groupby("advertiser_id")["advertiser_rate"].first()
    prior = df[cfg["target"]].mean()
    test["user_rate"] = test[cfg["user"]].map(user_map).fillna(prior)
    test["advertiser_rate"] = test["advertiser_id"].map(adv_map).fillna(prior)
    final = model_factory().fit(df[NUM + CAT], df[cfg["target"]])
    pd.DataFrame({cfg["id"]: test[cfg["id"]], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
