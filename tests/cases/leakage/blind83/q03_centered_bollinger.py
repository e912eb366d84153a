"""Next-day direction model: Bollinger / trend features + gradient boosting.

Validation is out-of-universe and out-of-time: held-out tickers, dates after 2020-01-01.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, accuracy_score

CUTOFF = pd.Timestamp("2020-01-01")
FEATURES = ["bb_pct", "bb_width", "trend_slope", "ret_1d", "ret_5d", "vol_20", "rel_volume"]


def bollinger(close, window=20, k=2.0):
    # centred window avoids the usual lag of the moving average
    mid = close.rolling(window, center=True, min_periods=window // 2).mean()
    sd = close.rolling(window, center=True, min_periods=window // 2).std()
    upper, lower = mid + k * sd, mid - k * sd
    pct = (close - lower) / (upper - lower)
    width = (upper - lower) / mid
    return pct, width


def build(df):
    df = df.sort_values(["ticker", "date"]).copy()
    parts = []
    for _, g in df.groupby("ticker"):
        g = g.copy()
        g["bb_pct"], g["bb_width"] = bollinger(g["close"])
        smooth = g["close"].rolling(11, center=True, min_periods=6).mean()
        g["trend_slope"] = smooth.diff() / smooth
        g["ret_1d"] = g["close"].pct_change()
        g["ret_5d"] = g["close"].pct_change(5)
        g["vol_20"] = g["ret_1d"].rolling(20).std()
        g["rel_volume"] = g["volume"] / g["volume"].rolling(20).mean()
        parts.append(g)
    return pd.concat(parts)


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    data = build(train).dropna(subset=FEATURES)

    rng = np.random.default_rng(11)
    tickers = np.sort(data["ticker"].unique())
    held = set(rng.choice(tickers, size=len(tickers) // 4, replace=False))
    tr = data[~data["ticker"].isin(held) & (data["date"] < CUTOFF)]
    va = data[data["ticker"].isin(held) & (data["date"] >= CUTOFF)]
    print(f"train rows {len(tr)}, validation rows {len(va)}")

    base = DummyClassifier(strategy="most_frequent").fit(tr[FEATURES], tr["target_up"])
    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31,
                                         l2_regularization=1.0, random_state=0)
    clf.fit(tr[FEATURES], tr["target_up"])

    p = clf.predict_proba(va[FEATURES])[:, 1]
    print("baseline accuracy:", round(accuracy_score(va["target_up"], base.predict(va[FEATURES])), 4))
    print("model accuracy   :", round(accuracy_score(va["target_up"], p > 0.5), 4))
    print("model roc_auc    :", round(roc_auc_score(va["target_up"], p), 4))

    # simple daily long/short on validation tickers
    va = va.assign(p=p)
    ls = va.groupby("date").apply(
        lambda d: d.nlargest(10, "p")["fwd_ret_1d"].mean() - d.nsmallest(10, "p")["fwd_ret_1d"].mean())
    print("long/short Sharpe:", round(ls.mean() / ls.std() * np.sqrt(252), 2))

    clf.fit(data[FEATURES], data["target_up"])
    full = build(pd.concat([train, test], ignore_index=True))
    te = full[full["row_id"].isin(test["row_id"])]
    pd.DataFrame({"row_id": te["row_id"], "prediction": clf.predict_proba(te[FEATURES])[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
