"""Next-day direction of SPY from its own recent returns and volume.

Everything in a row is known at the close of day t; the label is the sign of
the return on day t+1.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report
from sklearn.preprocessing import StandardScaler

px = pd.read_csv("SPY.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
px = px[["Open", "High", "Low", "Close", "Adj Close", "Volume"]]

data = pd.DataFrame(index=px.index)
data["ret"] = np.log(px["Adj Close"]).diff()
for k in range(1, 6):
    data[f"ret_lag{k}"] = data["ret"].shift(k)
data["vol_20"] = data["ret"].rolling(20).std()
data["vol_60"] = data["ret"].rolling(60).std()
data["mom_10"] = px["Adj Close"].pct_change(10)
data["range"] = (px["High"] - px["Low"]) / px["Close"]
data["gap"] = px["Open"] / px["Close"].shift(1) - 1
data["volume_z"] = (px["Volume"] - px["Volume"].rolling(60).mean()) / px["Volume"].rolling(60).std()

data["target"] = (data["ret"].shift(-1) > 0).astype(int)
data = data.iloc[:-1].dropna()

feature_cols = [c for c in data.columns if c != "target"]
n = len(data)
n_train = int(n * 0.7)
n_valid = int(n * 0.15)

train = data.iloc[:n_train]
valid = data.iloc[n_train:n_train + n_valid]
test = data.iloc[n_train + n_valid:]
print("train", train.index.min().date(), train.index.max().date())
print("valid", valid.index.min().date(), valid.index.max().date())
print("test ", test.index.min().date(), test.index.max().date())

scaler = StandardScaler().fit(train[feature_cols])
Xtr = scaler.transform(train[feature_cols])
Xva = scaler.transform(valid[feature_cols])
Xte = scaler.transform(test[feature_cols])

best_c, best_auc = None, -np.inf
for c in (0.001, 0.01, 0.1, 1.0, 10.0):
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(Xtr, train["target"])
    auc = roc_auc_score(valid["target"], clf.predict_proba(Xva)[:, 1])
    print(f"C={c:<6} valid AUC={auc:.4f}")
    if auc > best_auc:
        best_c, best_auc = c, auc

final = LogisticRegression(C=best_c, max_iter=2000)
final.fit(np.vstack([Xtr, Xva]), pd.concat([train["target"], valid["target"]]))
proba = final.predict_proba(Xte)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"\nchosen C={best_c}")
print("test accuracy:", round(accuracy_score(test["target"], pred), 4))
print("test ROC AUC :", round(roc_auc_score(test["target"], proba), 4))
print(classification_report(test["target"], pred, digits=3))
