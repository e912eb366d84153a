"""Install prediction: hashed request features + numeric signals, SGD logistic regression.

Split: last day = test, and only devices never seen before the last day are scored there.
"""
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score

CATS = ["app_bundle", "publisher_app", "creative_id", "creative_type", "placement",
        "os_version", "device_make", "carrier", "country"]


def numeric(frame):
    out = pd.DataFrame(index=frame.index)
    out["log_bid"] = np.log1p(frame["bid_price"].fillna(0))
    out["wifi"] = frame["is_wifi"].fillna(0).astype(float)
    # latency is missing for most rows; keep a flag plus the log value
    out["has_latency"] = frame["install_latency_s"].notna().astype(float)
    out["log_latency"] = np.log1p(frame["install_latency_s"].fillna(0)) / 10
    return out.to_numpy()


def tokens(frame):
    hour = frame["ts"].dt.hour.astype(str)
    base = [frame[c].astype(str).radd(c + "#") for c in CATS]
    return pd.concat(base + [hour.radd("hour#")], axis=1).to_numpy().tolist()


hasher = FeatureHasher(2 ** 19, input_type="string", alternate_sign=False)


def matrix(frame):
    return sparse.hstack([hasher.transform(tokens(frame)), sparse.csr_matrix(numeric(frame))]).tocsr()


data = pd.read_csv("train.csv", parse_dates=["ts"]).sort_values("ts")
last_day = data["ts"].dt.normalize().max()
train = data[data["ts"] < last_day]
test = data[(data["ts"] >= last_day) & ~data["device_id"].isin(train["device_id"])]
print("train:", len(train), " test (new devices, last day):", len(test))

Xtr, ytr = matrix(train), train["installed"].to_numpy()
Xte, yte = matrix(test), test["installed"].to_numpy()

clf = SGDClassifier(loss="log_loss", alpha=1e-6, random_state=7)
for block in np.array_split(np.arange(Xtr.shape[0]), 32):
    clf.partial_fit(Xtr[block], ytr[block], classes=[0, 1])

proba = clf.predict_proba(Xte)[:, 1]
print(f"test logloss {log_loss(yte, proba):.4f}")
print(f"test AUC     {roc_auc_score(yte, proba):.4f}")

sub = pd.read_csv("test.csv", parse_dates=["ts"])
if "install_latency_s" not in sub:
    sub["install_latency_s"] = np.nan
pd.DataFrame({"request_id": sub["request_id"], "prediction": clf.predict_proba(matrix(sub))[:, 1]}).to_csv(
    "predictions.csv", index=False)
