"""Next-day direction classifier for SPY using technical indicators (SVM).

python spy_direction.py  -> prints hit rate vs the 'always up' baseline
"""
import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC


def rsi(close, n=14):
    delta = close.diff()
    gain = delta.clip(lower=0).rolling(n).mean()
    loss = (-delta.clip(upper=0)).rolling(n).mean()
    return 100 - 100 / (1 + gain / loss)


prices = pd.read_csv("data/SPY.csv", parse_dates=["Date"])
prices = prices.sort_values("Date").set_index("Date")
close = prices["Adj Close"]
ret = close.pct_change()

feat = pd.DataFrame(index=prices.index)
# everything is lagged by one day: the signal is computed at the previous close
for k in (1, 2, 3, 5, 10):
    feat[f"ret_{k}d"] = close.pct_change(k).shift(1)
feat["rsi14"] = rsi(close).shift(1)
feat["vol20"] = ret.rolling(20).std().shift(1)
feat["ma_gap"] = (close / close.rolling(50).mean() - 1).shift(1)
feat["hl_range"] = ((prices["High"] - prices["Low"]) / prices["Close"]).shift(1)
feat["volume_ratio"] = (prices["Volume"] / prices["Volume"].rolling(20).mean()).shift(1)
feat["target"] = (ret > 0).astype(int)
feat = feat.dropna()

X = feat.drop(columns="target").values
y = feat["target"].values

split = int(len(feat) * 0.8)
X_train, X_test = X[:split], X[split:]
y_train, y_test = y[:split], y[split:]
print("train until", feat.index[split - 1].date(), "| test from", feat.index[split].date())

svm = make_pipeline(MinMaxScaler(feature_range=(-1, 1)),
                    SVC(C=1.0, kernel="rbf", gamma="scale", probability=True, random_state=1))
cv_auc = cross_val_score(svm, X_train, y_train, cv=TimeSeriesSplit(n_splits=5), scoring="roc_auc")
print("walk-forward CV AUC on the training years: %.4f +- %.4f" % (cv_auc.mean(), cv_auc.std()))
svm.fit(X_train, y_train)
pred = svm.predict(X_test)
proba = svm.predict_proba(X_test)[:, 1]

always_up = np.ones_like(y_test)
print("baseline 'always up' accuracy: %.4f" % accuracy_score(y_test, always_up))
print("SVM accuracy: %.4f   AUC: %.4f" % (accuracy_score(y_test, pred), roc_auc_score(y_test, proba)))

# naive long/flat backtest on the test period
test_ret = ret.loc[feat.index[split:]]
strategy = (pred * test_ret).add(1).prod() - 1
buy_hold = test_ret.add(1).prod() - 1
print("strategy return %.2f%%  vs buy&hold %.2f%%" % (100 * strategy, 100 * buy_hold))
