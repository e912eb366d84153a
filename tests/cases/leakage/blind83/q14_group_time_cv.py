"""Combinatorial ticker x time validation for the next-day direction model.

For each of 4 folds: a disjoint quarter of the tickers is held out, the model trains on the other tickers
up to a cutoff date, and is scored on the held-out tickers after cutoff + embargo.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.metrics import roc_auc_score, log_loss

CUTOFFS = ["2018-01-01", "2018-07-01", "2019-01-01", "2019-07-01"]
EMBARGO = pd.Timedelta(days=7)
HORIZON = pd.Timedelta(days=182)
FEATURES = ["r1_l1", "mom5_l1", "mom21_l1", "mom126_l1", "vol21_l1", "rvol_l1", "gap_l1"]


def features(df):
    df = df.sort_values(["ticker", "date"]).copy()
    g = df.groupby("ticker")
    base = pd.DataFrame(index=df.index)
    base["r1"] = g["close"].pct_change()
    base["mom5"] = g["close"].pct_change(5)
    base["mom21"] = g["close"].pct_change(21)
    base["mom126"] = g["close"].pct_change(126)
    base["vol21"] = base["r1"].groupby(df["ticker"]).transform(lambda s: s.rolling(21).std())
    base["rvol"] = df["volume"] / g["volume"].transform(lambda s: s.rolling(21).mean())
    base["gap"] = df["open"] / g["close"].shift(1) - 1
    for c in base.columns:
        df[c + "_l1"] = base[c].groupby(df["ticker"]).shift(1)
    return df


def make_model():
    return Pipeline([("scale", StandardScaler()), ("clf", LogisticRegression(C=0.05, max_iter=2000))])


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    df = features(train).dropna(subset=FEATURES).reset_index(drop=True)

    gkf = GroupKFold(n_splits=len(CUTOFFS))
    results = []
    for k, (_, hold_idx) in enumerate(gkf.split(df, groups=df["ticker"])):
        hold = set(df.loc[hold_idx, "ticker"])
        cut = pd.Timestamp(CUTOFFS[k])
        tr = df[~df["ticker"].isin(hold) & (df["date"] < cut)]
        va = df[df["ticker"].isin(hold) & (df["date"] >= cut + EMBARGO) & (df["date"] < cut + EMBARGO + HORIZON)]
        model = make_model().fit(tr[FEATURES], tr["target_up"])
        dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["target_up"])
        p = model.predict_proba(va[FEATURES])[:, 1]
        p0 = dummy.predict_proba(va[FEATURES])[:, 1]
        results.append({
            "fold": k, "cutoff": cut.date(), "n_train": len(tr), "n_valid": len(va),
            "auc": roc_auc_score(va["target_up"], p),
            "logloss": log_loss(va["target_up"], p),
            "logloss_baseline": log_loss(va["target_up"], p0),
        })
    res = pd.DataFrame(results)
    print(res.to_string(index=False))
    print(res[["auc", "logloss", "logloss_baseline"]].mean().round(5))

    final = make_model().fit(df[FEATURES], df["target_up"])
    full = features(pd.concat([train, test], ignore_index=True))
    te = full[full["row_id"].isin(test["row_id"])].copy()
    te[FEATURES] = te[FEATURES].fillna(0.0)
    pd.DataFrame({"row_id": te["row_id"], "prediction": final.predict_proba(te[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
