"""Gradient-boosted direction model and a long/short backtest of its signal.

Usage: python q09_insample_longshort.py
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score

FEATURES = ["mom_5", "mom_21", "mom_126", "rev_1", "vol_21", "vol_ratio", "amihud", "beta_proxy"]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["date"])
    te = pd.read_csv("test.csv", parse_dates=["date"])
    return tr, te


def features(df):
    df = df.sort_values(["ticker", "date"]).copy()
    g = df.groupby("ticker")
    r = g["close"].pct_change()
    df["rev_1"] = r
    df["mom_5"] = g["close"].pct_change(5)
    df["mom_21"] = g["close"].pct_change(21)
    df["mom_126"] = g["close"].pct_change(126)
    df["vol_21"] = r.groupby(df["ticker"]).transform(lambda s: s.rolling(21).std())
    df["vol_ratio"] = df["vol_21"] / r.groupby(df["ticker"]).transform(lambda s: s.rolling(126).std())
    illiq = r.abs() / (df["close"] * df["volume"] + 1.0)
    df["amihud"] = np.log1p(1e9 * illiq.groupby(df["ticker"]).transform(lambda s: s.rolling(21).mean()))
    mkt = r.groupby(df["date"]).transform("mean")
    cov = (r * mkt).groupby(df["ticker"]).transform(lambda s: s.rolling(63).mean())
    var = (mkt ** 2).groupby(df["ticker"]).transform(lambda s: s.rolling(63).mean())
    df["beta_proxy"] = cov / var
    return df


def sharpe(x):
    return x.mean() / x.std() * np.sqrt(252)


def main():
    train, test = load()
    df = features(train).dropna(subset=FEATURES)

    model = GradientBoostingClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
                                       random_state=3)
    model.fit(df[FEATURES], df["target_up"])
    df["p_up"] = model.predict_proba(df[FEATURES])[:, 1]

    print("accuracy:", round(accuracy_score(df["target_up"], df["p_up"] > 0.5), 4))
    print("roc_auc :", round(roc_auc_score(df["target_up"], df["p_up"]), 4))

    # decile long/short, rebalanced daily
    df["decile"] = df.groupby("date")["p_up"].transform(lambda s: pd.qcut(s.rank(method="first"), 10, labels=False))
    long_leg = df[df["decile"] == 9].groupby("date")["fwd_ret_1d"].mean()
    short_leg = df[df["decile"] == 0].groupby("date")["fwd_ret_1d"].mean()
    ls = (long_leg - short_leg).dropna()
    bh = df.groupby("date")["fwd_ret_1d"].mean()

    print("strategy Sharpe          :", round(sharpe(ls), 2))
    print("baseline buy&hold Sharpe :", round(sharpe(bh), 2))
    print("hit rate of L/S days     :", round((ls > 0).mean(), 3))
    cum = (1 + ls).cumprod()
    print("max drawdown             :", round((cum / cum.cummax() - 1).min(), 3))

    full = features(pd.concat([train, test], ignore_index=True))
    te = full[full["row_id"].isin(test["row_id"])]
    pred = model.predict_proba(te[FEATURES].fillna(df[FEATURES].median()))[:, 1]
    pd.DataFrame({"row_id": te["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
