"""Weekly marketing-mix model.

Adstock (geometric, via lfilter) + log saturation per channel, Ridge on top.
Decay rates and the saturation scale are tuned on a validation block that sits
before the final 12-week test block; the test block is scored once.
"""
import itertools

import numpy as np
import pandas as pd
from scipy.signal import lfilter
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_percentage_error, r2_score

TARGET = "sales"
OFFLINE = ["tv_spend", "radio_spend"]
ONLINE = ["search_spend", "social_spend", "display_spend"]
MEDIA = OFFLINE + ONLINE
TEST_WEEKS = 12
VAL_WEEKS = 12


def adstock(x, decay):
    return lfilter([1.0], [1.0, -decay], np.asarray(x, dtype=float))


def log_sat(x, k):
    return np.log1p(x / k)


def build_features(df, offline_decay, online_decay, sat_k):
    out = pd.DataFrame(index=df.index)
    for c in MEDIA:
        d = offline_decay if c in OFFLINE else online_decay
        out[c] = log_sat(adstock(df[c].values, d), sat_k * 1000.0)
    woy = df["week"].dt.isocalendar().week.astype(int).values
    out["trend"] = np.arange(len(df)) / 52.0
    out["sin1"] = np.sin(2 * np.pi * woy / 52)
    out["cos1"] = np.cos(2 * np.pi * woy / 52)
    out["sin2"] = np.sin(4 * np.pi * woy / 52)
    out["cos2"] = np.cos(4 * np.pi * woy / 52)
    out["log_price"] = np.log(df["price"].values)
    out["log_comp_price"] = np.log(df["competitor_price"].values)
    out["promo"] = df["promo"].values
    out["holiday"] = df["holiday"].values
    return out


def nrmse(y, p):
    y = np.asarray(y)
    return np.sqrt(np.mean((y - p) ** 2)) / (y.max() - y.min())


def report(name, y, p):
    print(f"{name:<22} MAPE={mean_absolute_percentage_error(y, p):.3%}  R2={r2_score(y, p):.3f}  NRMSE={nrmse(y, p):.3f}")


def main():
    train = pd.read_csv("train.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
    test = pd.read_csv("test.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
    print(f"{len(train)} train weeks, {len(test)} test weeks")

    y = train[TARGET].values
    n = len(train)
    fit_part = slice(0, n - TEST_WEEKS - VAL_WEEKS)
    val_part = slice(n - TEST_WEEKS - VAL_WEEKS, n - TEST_WEEKS)
    dev_part = slice(0, n - TEST_WEEKS)
    test_part = slice(n - TEST_WEEKS, n)

    results = []
    for off_d, on_d, k in itertools.product([0.3, 0.5, 0.7, 0.85], [0.0, 0.2, 0.4], [5, 20, 50, 100]):
        X = build_features(train, off_d, on_d, k)
        model = Ridge(alpha=0.5).fit(X.iloc[fit_part], y[fit_part])
        p = model.predict(X.iloc[val_part])
        results.append((off_d, on_d, k, mean_absolute_percentage_error(y[val_part], p)))
    res = pd.DataFrame(results, columns=["offline_decay", "online_decay", "sat_k", "val_mape"]).sort_values("val_mape")
    print(res.head(8).to_string(index=False))
    off_d, on_d, k, _ = res.iloc[0]

    # refit on everything before the test block, score the test block once
    X = build_features(train, off_d, on_d, k)
    model = Ridge(alpha=0.5).fit(X.iloc[dev_part], y[dev_part])
    report("MMM (test block)", y[test_part], model.predict(X.iloc[test_part]))

    # baseline: same week last year (52-week seasonal naive)
    naive = train[TARGET].shift(52).values[test_part]
    report("seasonal naive baseline", y[test_part], naive)
    mean_base = np.full(TEST_WEEKS, y[dev_part][-52:].mean())
    report("last-year mean baseline", y[test_part], mean_base)

    final = Ridge(alpha=0.5).fit(X, y)
    contrib = X[MEDIA].mul(final.coef_[: len(MEDIA)], axis=1).sum()
    print("\nmedia contribution share:")
    print((contrib / contrib.sum()).round(3).to_string())

    both = pd.concat([train.drop(columns=[TARGET]), test], ignore_index=True)
    X_test = build_features(both, off_d, on_d, k).iloc[n:]
    pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict(X_test)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
