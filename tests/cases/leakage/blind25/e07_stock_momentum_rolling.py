import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

TICKER = "AAPL"
TRAIN_END = "2019-12-31"


def load_prices(path):
    df = pd.read_csv(path, parse_dates=["Date"])
    df = df.sort_values("Date").set_index("Date")
    df["ret"] = df["Close"].pct_change()
    df["log_vol"] = np.log(df["Volume"])
    return df.dropna()


def add_lags(df, col, lags):
    for k in lags:
        df[f"{col}_lag{k}"] = df[col].shift(k)
    return df


def add_rolling(df, col, windows):
    for w in windows:
        df[f"{col}_mean{w}"] = df[col].rolling(w).mean()
        df[f"{col}_std{w}"] = df[col].rolling(w).std()
    return df


def rsi(close, n=14):
    delta = close.diff()
    gain = delta.clip(lower=0).shift(1).rolling(n).mean()
    loss = (-delta.clip(upper=0)).shift(1).rolling(n).mean()
    return 100 - 100 / (1 + gain / loss)


prices = load_prices(f"{TICKER}.csv")
prices["up"] = (prices["ret"] > 0).astype(int)

feats = prices[["ret", "log_vol"]].copy()
feats = add_lags(feats, "ret", [1, 2, 3, 5])
feats = add_lags(feats, "log_vol", [1, 2])
feats = add_rolling(feats, "ret", [3, 5, 10, 20])
feats["rsi14"] = rsi(prices["Close"])
feats["dow"] = feats.index.dayofweek
feats = feats.drop(columns=["ret", "log_vol"])

data = feats.join(prices["up"]).dropna()
train = data.loc[:TRAIN_END]
test = data.loc[TRAIN_END:].iloc[1:]

X_cols = [c for c in data.columns if c != "up"]
clf = RandomForestClassifier(n_estimators=500, max_depth=6, min_samples_leaf=20, random_state=3, n_jobs=-1)
clf.fit(train[X_cols], train["up"])

proba = clf.predict_proba(test[X_cols])[:, 1]
pred = (proba > 0.5).astype(int)
print(f"{TICKER}: {len(train)} train days, {len(test)} test days")
print("accuracy :", round(accuracy_score(test["up"], pred), 4))
print("F1       :", round(f1_score(test["up"], pred), 4))
print("ROC AUC  :", round(roc_auc_score(test["up"], proba), 4))

importances = pd.Series(clf.feature_importances_, index=X_cols).sort_values(ascending=False)
print(importances.head(8))
