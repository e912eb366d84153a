"""LightGBM for 5-day forward crypto returns with a three-way chronological split.

    fit   : dates <  2021-07-01
    valid : 2021-07-06 .. 2022-06-30   (early stopping, model choice)
    test  : dates >= 2022-07-06        (scored once at the end)
Gaps of 5 days keep overlapping 5-day labels out of the next period.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error
from scipy.stats import spearmanr

VALID_START = pd.Timestamp("2021-07-01")
TEST_START = pd.Timestamp("2022-07-01")
GAP = pd.Timedelta(days=5)
FEATS = ["ret_1", "ret_7", "ret_30", "rv_7", "rv_30", "fund", "fund_7", "oi_7", "vol_z", "xs_mom_rank"]


def build(df):
    df = df.sort_values(["symbol", "date"]).copy()
    g = df.groupby("symbol")
    df["ret_1"] = g["close"].pct_change()
    df["ret_7"] = g["close"].pct_change(7)
    df["ret_30"] = g["close"].pct_change(30)
    df["rv_7"] = df.groupby("symbol")["ret_1"].transform(lambda s: s.rolling(7).std())
    df["rv_30"] = df.groupby("symbol")["ret_1"].transform(lambda s: s.rolling(30).std())
    df["fund"] = df["funding_rate"]
    df["fund_7"] = g["funding_rate"].transform(lambda s: s.rolling(7).mean())
    df["oi_7"] = g["open_interest"].pct_change(7)
    lv = np.log1p(df["volume"])
    df["vol_z"] = lv.groupby(df["symbol"]).transform(lambda s: (s - s.rolling(30).mean()) / s.rolling(30).std())
    df["xs_mom_rank"] = df.groupby("date")["ret_30"].rank(pct=True)
    return df


def rank_ic(frame, col):
    return frame.groupby("date").apply(lambda d: spearmanr(d[col], d["ret_fwd_5d"]).correlation).mean()


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    data = build(train).dropna(subset=["ret_fwd_5d", "ret_30", "rv_30"])

    fit = data[data["date"] < VALID_START]
    val = data[(data["date"] >= VALID_START + GAP) & (data["date"] < TEST_START)]
    hold = data[data["date"] >= TEST_START + GAP].copy()

    candidates = {}
    for leaves in (7, 15, 31):
        m = lgb.LGBMRegressor(n_estimators=3000, learning_rate=0.01, num_leaves=leaves, min_child_samples=300,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
        m.fit(fit[FEATS], fit["ret_fwd_5d"], eval_set=[(val[FEATS], val["ret_fwd_5d"])],
              callbacks=[lgb.early_stopping(150, verbose=False)])
        val_ic = rank_ic(val.assign(p=m.predict(val[FEATS])), "p")
        candidates[leaves] = (val_ic, m.best_iteration_)
        print(f"num_leaves={leaves}: valid IC {val_ic:.4f}, best_iter {m.best_iteration_}")
    best_leaves = max(candidates, key=lambda k: candidates[k][0])
    n_iter = candidates[best_leaves][1]

    fit_all = data[data["date"] < TEST_START]
    final = lgb.LGBMRegressor(n_estimators=n_iter, learning_rate=0.01, num_leaves=best_leaves, min_child_samples=300,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
    final.fit(fit_all[FEATS], fit_all["ret_fwd_5d"])
    baseline = DummyRegressor(strategy="mean").fit(fit_all[FEATS], fit_all["ret_fwd_5d"])

    hold["p"] = final.predict(hold[FEATS])
    hold["p_base"] = baseline.predict(hold[FEATS])
    print(f"\nTEST  RMSE model {mean_squared_error(hold['ret_fwd_5d'], hold['p']) ** 0.5:.5f}"
          f" | baseline {mean_squared_error(hold['ret_fwd_5d'], hold['p_base']) ** 0.5:.5f}")
    print(f"TEST  rank IC {rank_ic(hold, 'p'):.4f}")

    final.fit(data[FEATS], data["ret_fwd_5d"])
    full = build(pd.concat([train, test], ignore_index=True))
    sub = full[full["row_id"].isin(test["row_id"])]
    pd.DataFrame({"row_id": sub["row_id"], "prediction": final.predict(sub[FEATS])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
