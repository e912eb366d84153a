"""
Cross-sectional direction model on a universe of ~80 large-cap tickers.

prices_panel.csv: date, ticker, open, high, low, close, volume, sector
Label: next-day return of the ticker is positive.

Does the model transfer to names it has never been trained on? Tickers are
split into a training basket and a held-out basket; the model is fitted on
the training basket before 2022 and scored on the held-out basket from 2022.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
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

panel["next_ret"] = g["close"].shift(-1) / panel["close"] - 1
panel["y"] = (panel["next_ret"] > 0).astype(int)
panel = panel.dropna(subset=["next_ret", "mom_63", "sma50_gap", "dv_z"])

panel["sector"] = panel["sector"].astype("category")
FEATURES = ["ret_lag1", "ret_lag2", "ret_lag3", "ret_lag5", "mom_21", "mom_63",
            "vol_21", "sma50_gap", "dv_z", "sector"]

# basket split on ticker ids, then a time cut on top of it
gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=0)
tr_idx, te_idx = next(gss.split(panel, groups=panel["ticker"]))
train_names = set(panel.iloc[tr_idx]["ticker"])
test_names = set(panel.iloc[te_idx]["ticker"])
assert not train_names & test_names

train = panel[panel["ticker"].isin(train_names) & (panel["date"] < TEST_START)]
test = panel[panel["ticker"].isin(test_names) & (panel["date"] >= TEST_START)]
print(f"train: {len(train_names)} names, {len(train):,} rows | test: {len(test_names)} names, {len(test):,} rows")

clf = HistGradientBoostingClassifier(
    max_iter=500, learning_rate=0.03, max_leaf_nodes=31,
    l2_regularization=1.0, categorical_features="from_dtype", random_state=0,
)
clf.fit(train[FEATURES], train["y"])

p = clf.predict_proba(test[FEATURES])[:, 1]
print("test AUC :", round(roc_auc_score(test["y"], p), 4))
print("test acc :", round(accuracy_score(test["y"], (p > 0.5).astype(int)), 4))
print("test logloss:", round(log_loss(test["y"], p), 4))

by_name = (test.assign(p=p)
               .groupby("ticker")
               .apply(lambda d: roc_auc_score(d["y"], d["p"]) if d["y"].nunique() > 1 else np.nan))
print(by_name.describe().round(3))
