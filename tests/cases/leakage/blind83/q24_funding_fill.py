"""Crypto 5-day return model with derivatives data (funding, open interest).

Funding and open-interest series have gaps (exchange outages, late listings); they are filled per symbol
before building features. Chronological split: last 20% of dates for validation.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error, r2_score
from scipy.stats import spearmanr

FEATURES = ["r1", "r7", "r21", "vol_14", "funding", "funding_z", "oi_chg_3", "oi_chg_14", "basis_proxy"]


def fill_derivatives(df):
    df = df.sort_values(["symbol", "date"]).copy()
    for col in ["funding_rate", "open_interest"]:
        df[col] = df.groupby("symbol")[col].transform(lambda s: s.interpolate(limit_direction="both").bfill())
    return df


def build(df):
    df = fill_derivatives(df)
    g = df.groupby("symbol")
    df["r1"] = g["close"].pct_change()
    df["r7"] = g["close"].pct_change(7)
    df["r21"] = g["close"].pct_change(21)
    df["vol_14"] = df.groupby("symbol")["r1"].transform(lambda s: s.rolling(14).std())
    df["funding"] = df["funding_rate"]
    df["funding_z"] = g["funding_rate"].transform(lambda s: (s - s.rolling(30).mean()) / s.rolling(30).std())
    df["oi_chg_3"] = g["open_interest"].pct_change(3)
    df["oi_chg_14"] = g["open_interest"].pct_change(14)
    df["basis_proxy"] = df["funding_rate"] * 3 * 365
    return df


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    print("missing funding share:", round(train["funding_rate"].isna().mean(), 3))

    data = build(train).replace([np.inf, -np.inf], np.nan).dropna(subset=FEATURES + ["ret_fwd_5d"])
    dates = np.sort(data["date"].unique())
    split_date = dates[int(len(dates) * 0.8)]
    fit = data[data["date"] < split_date]
    val = data[data["date"] >= split_date]

    rf = RandomForestRegressor(n_estimators=500, max_depth=8, min_samples_leaf=100, max_features=0.5,
                               n_jobs=-1, random_state=0)
    rf.fit(fit[FEATURES], fit["ret_fwd_5d"])
    pred = rf.predict(val[FEATURES])

    print("validation RMSE:", round(mean_squared_error(val["ret_fwd_5d"], pred) ** 0.5, 5))
    print("validation R2  :", round(r2_score(val["ret_fwd_5d"], pred), 4))
    ic = val.assign(p=pred).groupby("date").apply(lambda d: spearmanr(d["p"], d["ret_fwd_5d"]).correlation)
    print("mean daily rank IC:", round(ic.mean(), 4), "| IC>0 share:", round((ic > 0).mean(), 3))
    imp = pd.Series(rf.feature_importances_, index=FEATURES).sort_values(ascending=False)
    print(imp.round(3))

    rf.fit(data[FEATURES], data["ret_fwd_5d"])
    full = build(pd.concat([train, test], ignore_index=True)).replace([np.inf, -np.inf], np.nan)
    te = full[full["row_id"].isin(test["row_id"])].copy()
    te[FEATURES] = te[FEATURES].fillna(0)
    pd.DataFrame({"row_id": te["row_id"], "prediction": rf.predict(te[FEATURES])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
