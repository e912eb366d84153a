"""Does a handful of technical indicators say anything about tomorrow's move
in the QQQ ETF? Selection, scaling and the classifier are one pipeline fitted
on the training years; the last two years are scored once."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, balanced_accuracy_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def indicators(px: pd.DataFrame) -> pd.DataFrame:
    c = px["Adj Close"]
    r = np.log(c).diff()
    out = {}
    for k in (1, 2, 3, 5, 10, 21):
        out[f"ret_{k}"] = np.log(c).diff(k)
    for w in (5, 10, 21, 63):
        out[f"z_{w}"] = (c - c.rolling(w).mean()) / c.rolling(w).std()
        out[f"rv_{w}"] = r.rolling(w).std() * np.sqrt(252)
    out["hl_range"] = np.log(px["High"] / px["Low"])
    out["co_ret"] = np.log(px["Close"] / px["Open"])
    out["vol_chg"] = np.log(px["Volume"]).diff()
    out["vol_z21"] = (px["Volume"] - px["Volume"].rolling(21).mean()) / px["Volume"].rolling(21).std()
    return pd.DataFrame(out, index=px.index)


prices = pd.read_csv("QQQ.csv", parse_dates=["Date"]).set_index("Date").sort_index()
X_all = indicators(prices)
y_all = (np.log(prices["Adj Close"]).diff().shift(-1) > 0).astype(int)

table = X_all.assign(y=y_all).iloc[:-1].dropna()
test_start = table.index.max() - pd.DateOffset(years=2)
train = table[table.index < test_start]
test = table[table.index >= test_start]
feature_names = [c for c in table.columns if c != "y"]

pipe = Pipeline([
    ("select", SelectKBest(score_func=f_classif, k=8)),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(C=0.1, max_iter=5000)),
])
pipe.fit(train[feature_names], train["y"])
chosen = np.array(feature_names)[pipe.named_steps["select"].get_support()]
print("kept features:", list(chosen))

proba = pipe.predict_proba(test[feature_names])[:, 1]
pred = (proba > 0.5).astype(int)
base = DummyClassifier(strategy="most_frequent").fit(train[feature_names], train["y"])
base_pred = base.predict(test[feature_names])

print(f"test period {test.index.min().date()} .. {test.index.max().date()} ({len(test)} days)")
print(f"model    acc={accuracy_score(test['y'], pred):.4f}  bal_acc={balanced_accuracy_score(test['y'], pred):.4f}  auc={roc_auc_score(test['y'], proba):.4f}")
print(f"baseline acc={accuracy_score(test['y'], base_pred):.4f}  bal_acc={balanced_accuracy_score(test['y'], base_pred):.4f}  (always the majority class)")
