"""Next-day direction of SPY from technical indicators."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, precision_score, roc_auc_score, confusion_matrix


def rsi(close, n=14):
    delta = close.diff()
    up = delta.clip(lower=0).rolling(n).mean()
    down = (-delta.clip(upper=0)).rolling(n).mean()
    return 100 - 100 / (1 + up / down)


px = pd.read_csv('data/SPY.csv', parse_dates=['Date']).sort_values('Date').set_index('Date')
print(px.tail())

feat = pd.DataFrame(index=px.index)
feat['ret_1'] = px['Close'].pct_change()
feat['ret_5'] = px['Close'].pct_change(5)
feat['ret_20'] = px['Close'].pct_change(20)
for n in (5, 10, 20, 50, 200):
    feat[f'sma_ratio_{n}'] = px['Close'] / px['Close'].rolling(n).mean()
feat['vol_20'] = feat['ret_1'].rolling(20).std()
feat['rsi_14'] = rsi(px['Close'])
ema12 = px['Close'].ewm(span=12, adjust=False).mean()
ema26 = px['Close'].ewm(span=26, adjust=False).mean()
feat['macd'] = ema12 - ema26
feat['macd_signal'] = feat['macd'].ewm(span=9, adjust=False).mean()
feat['hl_range'] = (px['High'] - px['Low']) / px['Close']
feat['vol_chg'] = px['Volume'].pct_change()
feat['vol_ratio_20'] = px['Volume'] / px['Volume'].rolling(20).mean()
feat['gap'] = px['Open'] / px['Close'].shift(1) - 1

feat['up_next'] = (px['Close'].shift(-1) > px['Close']).astype(int)
feat = feat.iloc[:-1].replace([np.inf, -np.inf], np.nan).dropna()
print(feat.shape, 'share of up days:', feat['up_next'].mean().round(3))

X = feat.drop(columns='up_next')
y = feat['up_next']

selector = SelectKBest(mutual_info_classif, k=8)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print('kept:', list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, shuffle=False)

scaler = StandardScaler().fit(X_train)
logit = LogisticRegression(C=0.5, max_iter=1000)
logit.fit(scaler.transform(X_train), y_train)

proba = logit.predict_proba(scaler.transform(X_test))[:, 1]
pred = (proba > 0.5).astype(int)
print('accuracy :', round(accuracy_score(y_test, pred), 4))
print('precision:', round(precision_score(y_test, pred), 4))
print('ROC AUC  :', round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))
