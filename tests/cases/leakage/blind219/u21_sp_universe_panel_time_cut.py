"""
Cross-sectional direction model on a universe of ~80 large-cap tickers.

prices_panel.csv: date, ticker, open, high, low, close, volume, sector
Label: next-day return of the ticker is positive.
Train on everything before 2022, test on 2022 onwards.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, log_loss

TEST_START = pd.Timestamp("2022-01-01")

panel = pd.read_csv("prices_panel.csv", parse_dates=["date"])
panel = panel.sort_values(["ticker", "date"]).reset_index(drop=True)
print(panel["ticker"].nunique(), "tickers,", panel["date"].min().date(), "->", panel["date"].max().date())

g = panel.groupby("ticker", group_keys=False)
panel["ret"] = g["close"].pct_change()
for k in (1, 2, 3, 5):
    panel[f"ret_lag{k}"] = g["ret"].shift(k - 1)
panel["mom_21"] = g["close"].pct_change(21)
panel["mom_63"] = g["close"].pct_change(63)
panel["vol_21"] = g["ret"].transform(lambda s: s.rolling(21).std())
panel["sma50_gap"] = panel["close"] / g["close"].transform(lambda s: s.rolling(50).mean()) - 1
panel["dollar_vol"] = np.log(panel["close"] * panel["volume"])
panel["dv_z"] = (panel["dollar_vol"] - g["dollar_vol"].transform(lambda s: s.rolling(63).mean())) \
    / g["dollar_vol"].transform(lambda s: s.rolling(63).std())

# cross-sectional ranks on each day (uses only that day's rows)
by_day = panel.groupby("date")
panel["mom_21_rank"] = by_day["mom_21"].rank(pct=True)
panel["vol_21_rank"] = by_day["vol_21"].rank(pct=True)
panel["mkt_ret"] = by_day["ret"].transform("mean")
panel["rel_ret"] = panel["ret"] - panel["mkt_ret"]

panel["next_ret"] = g["close"].shift(-1) / panel["close"] - 1
panel["y"] = (panel["next_ret"] > 0).astype(int)
panel = panel.dropna(subset=["next_ret", "mom_63", "sma50_gap", "dv_z"])

panel["sector"] = panel["sector"].astype("category")
FEATURES = ["ret_lag1", "ret_lag2", "ret_lag3", "ret_lag5", "mom_21", "mom_63",
            "vol_21", "sma50_gap", "dv_z", "mom_21_rank", "vol_21_rank",
            "mkt_ret", "rel_ret", "sector"]

train = panel[panel["date"] < TEST_START]
test = panel[panel["date"] >= TEST_START]
print(f"train rows {len(train):,}  test rows {len(test):,}")

clf = HistGradientBoostingClassifier(
    max_iter=500, learning_rate=0.03, max_leaf_nodes=31,
    l2_regularization=1.0, categorical_features="from_dtype", random_state=0,
)
clf.fit(train[FEATURES], train["y"])

p = clf.predict_proba(test[FEATURES])[:, 1]
print("test AUC :", round(roc_auc_score(test["y"], p), 4))
print("test acc :", round(accuracy_score(test["y"], (p > 0.5).astype(int)), 4))
print("test logloss:", round(log_loss(test["y"], p), 4))

# daily long-short on the top/bottom decile of predicted probability
test = test.assign(p=p)
test["decile"] = test.groupby("date")["p"].transform(lambda s: pd.qcut(s, 10, labels=False, duplicates="drop"))
ls = test.groupby("date").apply(
    lambda d: d.loc[d["decile"] == d["decile"].max(), "next_ret"].mean()
    - d.loc[d["decile"] == d["decile"].min(), "next_ret"].mean()
)
print("long-short mean daily ret: %.5f, sharpe(ann.) %.2f" % (ls.mean(), ls.mean() / ls.std() * np.sqrt(252)))
