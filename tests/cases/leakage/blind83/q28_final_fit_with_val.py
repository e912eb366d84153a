"""Submission script: validate on the most recent 6 months, then refit on all training data.

Feature windows are computed on train+test concatenated so the first test days have a full lookback;
all windows are trailing, so test prices never feed a training row.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import ElasticNet
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import mean_squared_error

FEATS = ["mom_3", "mom_10", "mom_30", "mom_90", "rv_10", "rv_60", "skew_30", "fund_mean_7", "oi_chg_10", "amihud_30"]


def features(panel):
    panel = panel.sort_values(["symbol", "date"]).copy()
    g = panel.groupby("symbol")
    r = g["close"].pct_change()
    panel["r1"] = r
    for w in (3, 10, 30, 90):
        panel[f"mom_{w}"] = g["close"].pct_change(w)
    panel["rv_10"] = r.groupby(panel["symbol"]).transform(lambda s: s.rolling(10).std())
    panel["rv_60"] = r.groupby(panel["symbol"]).transform(lambda s: s.rolling(60).std())
    panel["skew_30"] = r.groupby(panel["symbol"]).transform(lambda s: s.rolling(30).skew())
    panel["fund_mean_7"] = g["funding_rate"].transform(lambda s: s.rolling(7, min_periods=3).mean())
    panel["oi_chg_10"] = g["open_interest"].pct_change(10)
    illiq = r.abs() / np.log1p(panel["close"] * panel["volume"])
    panel["amihud_30"] = illiq.groupby(panel["symbol"]).transform(lambda s: s.rolling(30).mean())
    return panel


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    full = features(pd.concat([train, test], ignore_index=True))
    lab = full[full["row_id"].isin(train["row_id"])].dropna(subset=FEATS + ["ret_fwd_5d"])
    unl = full[full["row_id"].isin(test["row_id"])].copy()

    val_start = lab["date"].max() - pd.DateOffset(months=6)
    fit = lab[lab["date"] < val_start - pd.Timedelta(days=5)]
    val = lab[lab["date"] >= val_start]

    model = make_pipeline(StandardScaler(), ElasticNet(alpha=1e-4, l1_ratio=0.5, max_iter=5000))
    model.fit(fit[FEATS], fit["ret_fwd_5d"])
    pred = model.predict(val[FEATS])
    mean_pred = np.full(len(val), fit["ret_fwd_5d"].mean())

    rmse = mean_squared_error(val["ret_fwd_5d"], pred) ** 0.5
    rmse_base = mean_squared_error(val["ret_fwd_5d"], mean_pred) ** 0.5
    corr = np.corrcoef(val["ret_fwd_5d"], pred)[0, 1]
    print(f"validation RMSE {rmse:.5f} vs historical-mean baseline {rmse_base:.5f} (corr {corr:.4f})")
    coefs = pd.Series(model[-1].coef_, index=FEATS)
    print("non-zero coefficients:\n", coefs[coefs != 0].round(6))

    model.fit(lab[FEATS], lab["ret_fwd_5d"])
    unl[FEATS] = unl[FEATS].fillna(0.0)
    sub = pd.DataFrame({"row_id": unl["row_id"], "prediction": model.predict(unl[FEATS])})
    assert sub["row_id"].is_unique and sub["prediction"].notna().all()
    sub.to_csv("predictions.csv", index=False)
    print(sub.shape)


if __name__ == "__main__":
    main()
