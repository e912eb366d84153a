"""Predict the sign of tomorrow's XLK (tech sector ETF) return from today's
cross-section of constituent returns, compressed with PCA."""
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score

closes = pd.read_csv("xlk_constituents_close.csv", index_col="Date", parse_dates=True).sort_index()
etf = pd.read_csv("XLK.csv", index_col="Date", parse_dates=True).sort_index()["Adj Close"]

closes = closes.dropna(axis=1, thresh=int(0.95 * len(closes))).ffill()
rets = np.log(closes).diff().dropna()
etf_ret = np.log(etf).diff().reindex(rets.index)

y = (etf_ret.shift(-1) > 0).astype(int)
rets, y = rets.iloc[:-1], y.iloc[:-1]

standardized = (rets - rets.mean()) / rets.std()
n_components = 8
pca = PCA(n_components=n_components, random_state=0)
factors = pd.DataFrame(pca.fit_transform(standardized), index=rets.index,
                       columns=[f"pc{i + 1}" for i in range(n_components)])
print("explained variance:", np.round(pca.explained_variance_ratio_, 3))

factors["etf_ret"] = etf_ret.iloc[:-1]
factors["etf_ret_5d"] = etf_ret.rolling(5).sum().iloc[:-1]
factors = factors.dropna()
y = y.loc[factors.index]

cut = factors.index[int(len(factors) * 0.75)]
X_train, X_test = factors[factors.index < cut], factors[factors.index >= cut]
y_train, y_test = y[y.index < cut], y[y.index >= cut]

clf = LogisticRegression(C=0.5, max_iter=2000).fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_train, y_train)
base_proba = base.predict_proba(X_test)[:, 1]

print(f"test days: {len(X_test)} from {cut.date()}")
print(f"logit    acc {accuracy_score(y_test, proba > 0.5):.4f}  auc {roc_auc_score(y_test, proba):.4f}  logloss {log_loss(y_test, proba):.4f}")
print(f"baseline acc {accuracy_score(y_test, base_proba > 0.5):.4f}  logloss {log_loss(y_test, base_proba):.4f}")
