"""Weekly marketing-mix model.

Adstock (geometric, via lfilter) + log saturation per channel, OLS-style Ridge on top.
Decay rates and the saturation scale are picked with a small grid search.
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
HOLDOUT_WEEKS = 12


def adstock(x, decay):
    # y[t] = x[t] + decay * y[t-1]
    return lfilter([1.0], [1.0, -decay], np.asarray(x, dtype=float))


def log_sat(x, k):
    return np.log1p(x / k)


def build_features(df, offline_decay, online_decay, sat_k):
    out = pd.DataFrame(index=df.index)
    for c in MEDIA:
        d = offline_decay if c in OFFLINE else online_decay
        out[c] = log_sat(adstock(df[c].values, d), sat_k * 1000.0)
    t = np.arange(len(df))
    woy = df["week"].dt.isocalendar().week.astype(int).values
    out["trend"] = t / 52.0
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


def main():
    train = pd.read_csv("train.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
    test = pd.read_csv("test.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
    print(f"{len(train)} train weeks ({train.week.min().date()} .. {train.week.max().date()}), {len(test)} test weeks")
    print(train[MEDIA + [TARGET]].describe().round(1))

    y = train[TARGET].values
    fit_part = slice(0, len(train) - HOLDOUT_WEEKS)
    hold_part = slice(len(train) - HOLDOUT_WEEKS, len(train))

    grid = itertools.product([0.3, 0.5, 0.7, 0.85], [0.0, 0.2, 0.4], [5, 20, 50, 100])
    results = []
    for off_d, on_d, k in grid:
        X = build_features(train, off_d, on_d, k)
        model = Ridge(alpha=0.5).fit(X.iloc[fit_part], y[fit_part])
        p = model.predict(X.iloc[hold_part])
        results.append({
            "offline_decay": off_d,
            "online_decay": on_d,
            "sat_k": k,
            "mape": mean_absolute_percentage_error(y[hold_part], p),
            "r2": r2_score(y[hold_part], p),
            "nrmse": nrmse(y[hold_part], p),
        })

    res = pd.DataFrame(results).sort_values("mape")
    print(res.head(10).to_string(index=False))
    best = res.iloc[0]
    print(f"\nbest params: offline decay={best.offline_decay}, online decay={best.online_decay}, k={best.sat_k}")
    print(f"holdout MAPE={best.mape:.3%}  R2={best.r2:.3f}  NRMSE={best.nrmse:.3f}")

    # contributions on the full history with the chosen transform
    X_full = build_features(train, best.offline_decay, best.online_decay, best.sat_k)
    final = Ridge(alpha=0.5).fit(X_full, y)
    contrib = X_full[MEDIA].mul(final.coef_[: len(MEDIA)], axis=1).sum()
    print("\nmedia contribution share:")
    print((contrib / contrib.sum()).round(3).to_string())
    roi = contrib / train[MEDIA].sum().values
    print("\nincremental sales per unit spend:")
    print(roi.round(3).to_string())

    # test weeks: run the transforms on the joined series so carryover continues
    both = pd.concat([train.drop(columns=[TARGET]), test], ignore_index=True)
    X_both = build_features(both, best.offline_decay, best.online_decay, best.sat_k)
    X_test = X_both.iloc[len(train):]
    pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict(X_test)}).to_csv(
        "predictions.csv", index=False
    )
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
