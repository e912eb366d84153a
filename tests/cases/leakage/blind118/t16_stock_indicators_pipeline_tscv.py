"""SPY next-day direction: indicator selection inside a pipeline, time-ordered CV."""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.metrics import accuracy_score, roc_auc_score, balanced_accuracy_score


def rsi(close, window=14):
    change = close.diff()
    gain = change.clip(lower=0).rolling(window).mean()
    loss = -change.clip(upper=0).rolling(window).mean()
    return 100 - 100 / (1 + gain / loss)


def indicators(px):
    out = pd.DataFrame(index=px.index)
    close = px['Close']
    out['ret_1'] = close.pct_change()
    out['ret_5'] = close.pct_change(5)
    out['ret_20'] = close.pct_change(20)
    for w in (5, 10, 20, 50, 200):
        out[f'sma_ratio_{w}'] = close / close.rolling(w).mean()
    out['vol_20'] = out['ret_1'].rolling(20).std()
    out['rsi_14'] = rsi(close)
    macd = close.ewm(span=12, adjust=False).mean() - close.ewm(span=26, adjust=False).mean()
    out['macd'] = macd
    out['macd_hist'] = macd - macd.ewm(span=9, adjust=False).mean()
    out['hl_range'] = (px['High'] - px['Low']) / close
    out['vol_ratio_20'] = px['Volume'] / px['Volume'].rolling(20).mean()
    out['gap'] = px['Open'] / close.shift(1) - 1
    return out


px = pd.read_csv('data/SPY.csv', parse_dates=['Date']).sort_values('Date').set_index('Date')
data = indicators(px)
data['up_next'] = (px['Close'].shift(-1) > px['Close']).astype(int)
data = data.iloc[:-1].replace([np.inf, -np.inf], np.nan).dropna()

n_test = int(len(data) * 0.2)
dev, holdout = data.iloc[:-n_test], data.iloc[-n_test:]
X_dev, y_dev = dev.drop(columns='up_next'), dev['up_next']
X_hold, y_hold = holdout.drop(columns='up_next'), holdout['up_next']
print(f'dev {dev.index[0].date()}..{dev.index[-1].date()}  holdout {holdout.index[0].date()}..{holdout.index[-1].date()}')

pipe = Pipeline([
    ('scale', StandardScaler()),
    ('select', SelectKBest(mutual_info_classif, k=8)),
    ('clf', LogisticRegression(C=0.5, max_iter=1000)),
])

cv = TimeSeriesSplit(n_splits=5, gap=1)
cv_auc = cross_val_score(pipe, X_dev, y_dev, cv=cv, scoring='roc_auc')
print('time-series CV AUC per fold:', np.round(cv_auc, 3), 'mean', cv_auc.mean().round(3))

pipe.fit(X_dev, y_dev)
kept = X_dev.columns[pipe.named_steps['select'].get_support()]
print('selected on dev:', list(kept))

proba = pipe.predict_proba(X_hold)[:, 1]
pred = (proba > 0.5).astype(int)

# reference: always predict the more frequent direction of the dev period
majority_label = int(y_dev.mean() >= 0.5)
always = np.full(len(y_hold), majority_label)
print('always-%s accuracy: %.4f' % ('up' if majority_label else 'down', accuracy_score(y_hold, always)))
print('model accuracy     : %.4f' % accuracy_score(y_hold, pred))
print('model balanced acc : %.4f' % balanced_accuracy_score(y_hold, pred))
print('model ROC AUC      : %.4f' % roc_auc_score(y_hold, proba))
