# Next-day direction classifier for a single stock (daily OHLCV from Yahoo Finance).
# label: 1 if tomorrow's close is above today's close

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

TICKER_FILE = "data/SPY_daily.csv"

px = pd.read_csv(TICKER_FILE, parse_dates=["Date"])
px = px.sort_values("Date").set_index("Date")
print(px.shape, px.index.min(), px.index.max())
print(px.tail())

# ---------------------------------------------------------------- label
px["ret_1d"] = px["Close"].pct_change()
px["target"] = (px["Close"].shift(-1) > px["Close"]).astype(int)
print("up days:", px["target"].mean().round(3))

# ---------------------------------------------------------------- features
def rsi(close, n=14):
    delta = close.diff()
    up = delta.clip(lower=0).rolling(n).mean()
    down = (-delta.clip(upper=0)).rolling(n).mean()
    return 100 - 100 / (1 + up / down)

feat = pd.DataFrame(index=px.index)
feat["ret_1d"] = px["ret_1d"]
feat["ret_5d"] = px["Close"].pct_change(5)
feat["ret_20d"] = px["Close"].pct_change(20)
feat["vol_20d"] = px["ret_1d"].rolling(20).std()
feat["ma_ratio_10_50"] = px["Close"].rolling(10).mean() / px["Close"].rolling(50).mean()
feat["rsi_14"] = rsi(px["Close"])
feat["range_pct"] = (px["High"] - px["Low"]) / px["Close"]
feat["close_loc"] = (px["Close"] - px["Low"]) / (px["High"] - px["Low"] + 1e-9)
feat["volume_z"] = (px["Volume"] - px["Volume"].rolling(20).mean()) / px["Volume"].rolling(20).std()
# overnight gap: how far the open moves away from the previous close
feat["overnight_gap"] = px["Open"].shift(-1) / px["Close"] - 1
feat["dow"] = px.index.dayofweek
feat["month"] = px.index.month

data = feat.join(px["target"]).dropna()
data = data.iloc[:-1]                      # last row has no tomorrow
print(data.describe().T.round(4))
print(data.corr()["target"].sort_values().round(3))

# ---------------------------------------------------------------- split in time
split_date = "2020-01-01"
train = data.loc[:split_date]
test = data.loc[split_date:]
train = train.iloc[:-1]                    # avoid sharing the boundary day
print("train:", train.index.min().date(), "-", train.index.max().date(), len(train))
print("test :", test.index.min().date(), "-", test.index.max().date(), len(test))

features = [c for c in data.columns if c != "target"]
clf = GradientBoostingClassifier(n_estimators=300, learning_rate=0.03, max_depth=3,
                                 subsample=0.8, random_state=0)
clf.fit(train[features], train["target"])

proba = clf.predict_proba(test[features])[:, 1]
pred = (proba > 0.5).astype(int)
print("accuracy      :", round(accuracy_score(test["target"], pred), 4))
print("always-up acc :", round(test["target"].mean(), 4))
print("roc auc       :", round(roc_auc_score(test["target"], proba), 4))
print(classification_report(test["target"], pred, digits=3))

# toy backtest: long when the model says up
strat = np.where(pred == 1, px.loc[test.index, "Close"].pct_change().shift(-1), 0.0)
strat = pd.Series(strat, index=test.index).fillna(0)
print("strategy cum return:", round((1 + strat).prod() - 1, 3))
print("buy & hold         :", round(px.loc[test.index, "Close"].iloc[-1] / px.loc[test.index, "Close"].iloc[0] - 1, 3))
