import numpy as np
import pandas as pd
from sklearn.feature_selection import mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

px = pd.read_csv("MSFT_daily.csv", index_col="Date", parse_dates=True).sort_index()
close, high, low, vol = px["Close"], px["High"], px["Low"], px["Volume"]

feat = pd.DataFrame(index=px.index)
ret = close.pct_change()
for k in (1, 2, 3, 5, 10):
    feat[f"ret_{k}d"] = close.pct_change(k)
for w in (5, 10, 20, 50):
    sma = close.rolling(w).mean()
    feat[f"px_to_sma{w}"] = close / sma - 1
    feat[f"vol_{w}"] = ret.rolling(w).std()
ema12 = close.ewm(span=12, adjust=False).mean()
ema26 = close.ewm(span=26, adjust=False).mean()
feat["macd"] = ema12 - ema26
feat["macd_signal"] = feat["macd"].ewm(span=9, adjust=False).mean()
tr = pd.concat([high - low, (high - close.shift()).abs(), (low - close.shift()).abs()], axis=1).max(axis=1)
feat["atr14"] = tr.rolling(14).mean() / close
feat["stoch_k"] = (close - low.rolling(14).min()) / (high.rolling(14).max() - low.rolling(14).min())
feat["obv_slope"] = (np.sign(ret) * vol).cumsum().diff(5)
feat["vol_ratio"] = vol / vol.rolling(20).mean()
feat["dow"] = feat.index.dayofweek

label = (close.shift(-5) / close - 1 > 0).astype(int).rename("up_5d")
data = feat.join(label).iloc[:-5].dropna()

X_all = data.drop(columns="up_5d")
y_all = data["up_5d"]

mi = mutual_info_classif(X_all, y_all, random_state=0)
ranking = pd.Series(mi, index=X_all.columns).sort_values(ascending=False)
keep = ranking.index[:10].tolist()
print("selected:", keep)

cut = int(len(data) * 0.8)
X_train, X_test = X_all.iloc[:cut - 5][keep], X_all.iloc[cut:][keep]
y_train, y_test = y_all.iloc[:cut - 5], y_all.iloc[cut:]

gbc = GradientBoostingClassifier(n_estimators=200, max_depth=2, learning_rate=0.05, subsample=0.7, random_state=0)
gbc.fit(X_train, y_train)
proba = gbc.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print(f"accuracy {accuracy_score(y_test, pred):.4f}")
print(f"F1       {f1_score(y_test, pred):.4f}")
print(f"ROC AUC  {roc_auc_score(y_test, proba):.4f}")
