# -----------------------------------------------------------------------------
# Daily stock direction classifier
# requirements: pandas, numpy, scikit-learn
# run:          python y33_stock_direction_next_open_feature.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - download the csv with yfinance: yf.download("AAPL", start="2010-01-01")
#   - metrics go to stdout; artefacts to results/y33_stock_direction_next_open_feature.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Predict next-day direction of a stock (up/down) from daily OHLCV bars.

Data: AAPL.csv from Yahoo Finance (Date, Open, High, Low, Close, Adj Close, Volume).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, roc_auc_score

px = pd.read_csv("AAPL.csv")
px["Date"] = pd.to_datetime(px["Date"])
px = px.sort_values("Date").reset_index(drop=True)

# target: does tomorrow close above today's close?
px["target"] = (px["Close"].shift(-1) > px["Close"]).astype(int)

# features
px["ret_1"] = px["Close"].pct_change()
px["ret_5"] = px["Close"].pct_change(5)
px["vol_10"] = px["ret_1"].rolling(10).std()
px["hl_range"] = (px["High"] - px["Low"]) / px["Close"]
px["vol_change"] = px["Volume"].pct_change()
px["sma_ratio"] = px["Close"].rolling(10).mean() / px["Close"].rolling(50).mean()
px["gap_next_open"] = px["Open"].shift(-1) / px["Close"] - 1
px = px.dropna().iloc[:-1]

FEATURES = ["ret_1", "ret_5", "vol_10", "hl_range", "vol_change", "sma_ratio",
            "gap_next_open"]

train = px[px["Date"] < "2021-01-01"]
test = px[px["Date"] >= "2021-01-01"]

clf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, random_state=0)
clf.fit(train[FEATURES], train["target"])
proba = clf.predict_proba(test[FEATURES])[:, 1]

print("baseline (always up) accuracy:", round(test["target"].mean(), 4))
print("model accuracy               :", round(accuracy_score(test["target"], proba > 0.5), 4))
print("model AUC                    :", round(roc_auc_score(test["target"], proba), 4))

# simple long-only backtest on the test period
test = test.assign(signal=(proba > 0.55).astype(int))
test["strategy_ret"] = test["signal"] * test["Close"].pct_change().shift(-1)
print("strategy cumulative return:", round((1 + test["strategy_ret"].fillna(0)).prod() - 1, 4))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(clf, "results/y33_stock_direction_next_open_feature.joblib")
with open("results/y33_stock_direction_next_open_feature.json", "w") as fh:
    json.dump({"script": "y33_stock_direction_next_open_feature", "n_rows": int(len(px))}, fh, indent=2)
print("saved results/y33_stock_direction_next_open_feature.json")
