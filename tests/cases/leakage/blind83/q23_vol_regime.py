"""Volatility-regime aware model for 5-day crypto returns.

Regime = realised volatility of the market (BTC) over the last 30 days relative to its trailing 1-year median.
Features are trailing and end at the current day's close; the target starts after it.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

VALID_START = pd.Timestamp("2022-01-01")
TEST_PERIOD_GAP = pd.Timedelta(days=5)
FEATURES = ["r1", "r7", "r30", "rv_30", "mkt_rv_30", "regime_high", "rv_rel", "fund", "oi_7"]


def add_features(df):
    df = df.sort_values(["symbol", "date"]).copy()
    g = df.groupby("symbol")
    df["r1"] = g["close"].pct_change()
    df["r7"] = g["close"].pct_change(7)
    df["r30"] = g["close"].pct_change(30)
    df["rv_30"] = df.groupby("symbol")["r1"].transform(lambda s: s.rolling(30).std() * np.sqrt(365))

    btc = df[df["symbol"] == "BTC"].set_index("date")["r1"]
    mkt_rv = btc.rolling(30).std() * np.sqrt(365)
    mkt_med = mkt_rv.rolling(365, min_periods=120).median()
    df["mkt_rv_30"] = df["date"].map(mkt_rv)
    df["regime_high"] = df["date"].map((mkt_rv > mkt_med).astype(float))
    df["rv_rel"] = df["rv_30"] / df["mkt_rv_30"]
    df["fund"] = df["funding_rate"]
    df["oi_7"] = g["open_interest"].pct_change(7)
    return df


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    data = add_features(train).dropna(subset=FEATURES + ["ret_fwd_5d"])

    fit = data[data["date"] < VALID_START - TEST_PERIOD_GAP]
    val = data[data["date"] >= VALID_START]
    print(f"fit: {fit['date'].min().date()}..{fit['date'].max().date()}  val: {val['date'].min().date()}..{val['date'].max().date()}")

    gbr = GradientBoostingRegressor(loss="huber", n_estimators=300, max_depth=3, learning_rate=0.03,
                                    subsample=0.7, random_state=0)
    gbr.fit(fit[FEATURES], fit["ret_fwd_5d"])
    base = DummyRegressor(strategy="median").fit(fit[FEATURES], fit["ret_fwd_5d"])

    p = gbr.predict(val[FEATURES])
    b = base.predict(val[FEATURES])
    print(f"MAE  gbr {mean_absolute_error(val['ret_fwd_5d'], p):.5f} | baseline {mean_absolute_error(val['ret_fwd_5d'], b):.5f}")
    print(f"RMSE gbr {mean_squared_error(val['ret_fwd_5d'], p) ** 0.5:.5f} | baseline {mean_squared_error(val['ret_fwd_5d'], b) ** 0.5:.5f}")
    for reg, d in val.assign(p=p).groupby("regime_high"):
        print(f"regime_high={reg:.0f}: n={len(d)}, corr={np.corrcoef(d['p'], d['ret_fwd_5d'])[0, 1]:.4f}")

    gbr.fit(data[FEATURES], data["ret_fwd_5d"])
    full = add_features(pd.concat([train, test], ignore_index=True))
    te = full[full["row_id"].isin(test["row_id"])].copy()
    te[FEATURES] = te[FEATURES].fillna(data[FEATURES].median())
    pd.DataFrame({"row_id": te["row_id"], "prediction": gbr.predict(te[FEATURES])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
