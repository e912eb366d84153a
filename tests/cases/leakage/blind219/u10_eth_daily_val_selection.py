"""ETH daily direction - model zoo, chosen on a validation period, tested once."""
import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from lightgbm import LGBMClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, balanced_accuracy_score

VAL_START = "2022-07-01"
TEST_START = "2023-01-01"

eth = pd.read_csv("ETH-USD.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
btc = pd.read_csv("BTC-USD.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
eth["btc_close"] = btc["Close"].reindex(eth.index).ffill()


def make_frame(px):
    f = pd.DataFrame(index=px.index)
    r = np.log(px["Close"]).diff()
    rb = np.log(px["btc_close"]).diff()
    for k in range(1, 8):
        f[f"r{k}"] = r.shift(k - 1)
        f[f"btc_r{k}"] = rb.shift(k - 1)
    f["vol7"] = r.rolling(7).std()
    f["vol30"] = r.rolling(30).std()
    f["mom14"] = px["Close"].pct_change(14)
    f["mom30"] = px["Close"].pct_change(30)
    f["ma_cross"] = px["Close"].rolling(10).mean() / px["Close"].rolling(50).mean() - 1
    f["corr_btc_30"] = r.rolling(30).corr(rb)
    f["log_volume"] = np.log1p(px["Volume"])
    f["dvolume"] = f["log_volume"].diff()
    f["dow"] = f.index.dayofweek
    f["target"] = (px["Close"].shift(-1) > px["Close"]).astype(int)
    return f.iloc[:-1].dropna()


f = make_frame(eth)
feats = [c for c in f.columns if c != "target"]
tr = f.loc[f.index < VAL_START]
va = f.loc[(f.index >= VAL_START) & (f.index < TEST_START)]
te = f.loc[f.index >= TEST_START]
print(f"train {len(tr)} | val {len(va)} | test {len(te)}")

zoo = {
    "logreg": Pipeline([("s", StandardScaler()), ("m", LogisticRegression(max_iter=5000))]),
    "knn_25": Pipeline([("s", StandardScaler()), ("m", KNeighborsClassifier(25))]),
    "rf": RandomForestClassifier(400, max_depth=5, min_samples_leaf=10, random_state=0),
    "extra": ExtraTreesClassifier(400, max_depth=6, min_samples_leaf=10, random_state=0),
    "lgbm": LGBMClassifier(n_estimators=300, learning_rate=0.02, num_leaves=15,
                           subsample=0.8, colsample_bytree=0.8, verbose=-1),
}

val_rows = []
for name, model in zoo.items():
    m = clone(model).fit(tr[feats], tr["target"])
    pv = m.predict_proba(va[feats])[:, 1]
    val_rows.append({"model": name,
                     "val_auc": roc_auc_score(va["target"], pv),
                     "val_acc": accuracy_score(va["target"], (pv > 0.5).astype(int))})
val_board = pd.DataFrame(val_rows).sort_values("val_auc", ascending=False)
print(val_board.round(4).to_string(index=False))

chosen = val_board.iloc[0]["model"]
print("chosen on validation:", chosen)

# refit the chosen config on train+val, then touch the test period exactly once
trva = pd.concat([tr, va])
final = clone(zoo[chosen]).fit(trva[feats], trva["target"])
pt = final.predict_proba(te[feats])[:, 1]
yt = (pt > 0.5).astype(int)

baseline_up = np.ones(len(te), dtype=int)
print("\n=== test period ===")
print(f"baseline always-up acc : {accuracy_score(te['target'], baseline_up):.4f}")
print(f"{chosen:<22} acc : {accuracy_score(te['target'], yt):.4f}")
print(f"{chosen:<22} bacc: {balanced_accuracy_score(te['target'], yt):.4f}")
print(f"{chosen:<22} auc : {roc_auc_score(te['target'], pt):.4f}")
