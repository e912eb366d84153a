"""Next-day direction of SPY from technical features (logistic regression).

Walk-forward is overkill here; we fit on the first 80% of days and test on the
most recent 20%.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.preprocessing import StandardScaler


def rsi(close, window=14):
    delta = close.diff()
    gain = delta.clip(lower=0).rolling(window).mean()
    loss = (-delta.clip(upper=0)).rolling(window).mean()
    rs = gain / loss.replace(0, np.nan)
    return 100 - 100 / (1 + rs)


def add_price_features(frame):
    close = frame["Adj Close"]
    frame["ret"] = np.log(close).diff()
    for k in range(1, 5):
        frame[f"ret_lag{k}"] = frame["ret"].shift(k)
    frame["vol_10"] = frame["ret"].rolling(10).std()
    frame["rsi_14"] = rsi(close)
    frame["dist_ma50"] = close / close.rolling(50).mean() - 1
    return frame


def add_volume_features(frame, window=20):
    vol = frame["Volume"].astype(float)
    avg = vol.rolling(window).mean()
    nxt = vol.shift(-1)
    frame["volume_ratio"] = vol / avg
    frame["volume_surge"] = nxt / avg
    return frame


prices = pd.read_csv("data/SPY_daily.csv", parse_dates=["Date"])
prices = prices.sort_values("Date").set_index("Date")

df = add_volume_features(add_price_features(prices.copy()))
df["target_up"] = (df["ret"].shift(-1) > 0).astype(int)
df = df.iloc[:-1].dropna()

FEATURES = ["ret", "ret_lag1", "ret_lag2", "ret_lag3", "ret_lag4",
            "vol_10", "rsi_14", "dist_ma50", "volume_ratio", "volume_surge"]

cut = int(len(df) * 0.8)
train, test = df.iloc[:cut], df.iloc[cut:]
print(f"train {train.index[0].date()}..{train.index[-1].date()}  test {test.index[0].date()}..{test.index[-1].date()}")

scaler = StandardScaler().fit(train[FEATURES])
clf = LogisticRegression(C=0.1, max_iter=1000)
clf.fit(scaler.transform(train[FEATURES]), train["target_up"])

proba = clf.predict_proba(scaler.transform(test[FEATURES]))[:, 1]
pred = (proba >= 0.5).astype(int)

always_up = np.ones_like(pred)
print(f"accuracy  model={accuracy_score(test['target_up'], pred):.4f}  always-up baseline={accuracy_score(test['target_up'], always_up):.4f}")
print(f"ROC AUC   model={roc_auc_score(test['target_up'], proba):.4f}")

strategy = np.where(pred == 1, test["ret"].shift(-1), 0.0)
print(f"long-when-up cumulative log return: {np.nansum(strategy):.3f} vs buy&hold {test['ret'].shift(-1).sum():.3f}")
print(dict(zip(FEATURES, np.round(clf.coef_[0], 3))))
