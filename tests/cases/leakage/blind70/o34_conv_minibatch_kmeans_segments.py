"""
Conversion prediction with behavioural segments.

pass 1: running mean/std of the numeric columns (StandardScaler.partial_fit over chunks)
pass 2: MiniBatchKMeans.partial_fit on the scaled chunks -> 24 click "segments"
then: hashed categorical features + segment id + scaled numerics -> SGD logistic regression,
evaluated on held-out users.
"""
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

NUM = ["cpc_bid", "user_prev_clicks", "hour_of_day", "day_of_week"]
CAT = ["ad_id", "campaign_id", "advertiser_id", "publisher_id", "device_os", "browser", "country",
       "landing_page_type"]
CHUNK = 100_000
K = 24


def numeric_block(frame):
    block = frame[NUM].fillna(0).astype(float).copy()
    block["cpc_bid"] = np.log1p(block["cpc_bid"])
    block["user_prev_clicks"] = np.log1p(block["user_prev_clicks"])
    return block.to_numpy()


scaler = StandardScaler()
for chunk in pd.read_csv("train.csv", chunksize=CHUNK, usecols=NUM):
    scaler.partial_fit(numeric_block(chunk))

kmeans = MiniBatchKMeans(n_clusters=K, batch_size=4096, random_state=0, n_init=3)
for chunk in pd.read_csv("train.csv", chunksize=CHUNK, usecols=NUM):
    kmeans.partial_fit(scaler.transform(numeric_block(chunk)))

hasher = FeatureHasher(n_features=2 ** 18, input_type="string", alternate_sign=False)


def featurize(frame):
    Z = scaler.transform(numeric_block(frame))
    seg = kmeans.predict(Z)
    toks = frame[CAT].astype(str).apply(lambda s: s.name + ":" + s).to_numpy().tolist()
    toks = [t + [f"segment:{s}"] for t, s in zip(toks, seg)]
    return sparse.hstack([hasher.transform(toks), sparse.csr_matrix(Z)]).tocsr()


df = pd.read_csv("train.csv")
X = featurize(df)
y = df["converted"].to_numpy()

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
tr, te = next(gss.split(X, y, groups=df["user_id"]))

clf = SGDClassifier(loss="log_loss", alpha=1e-5, random_state=1)
for _ in range(3):
    for idx in np.array_split(np.random.permutation(tr), 25):
        clf.partial_fit(X[idx], y[idx], classes=[0, 1])

p = clf.predict_proba(X[te])[:, 1]
print("held-out users: %d clicks, %d conversions" % (len(te), y[te].sum()))
print("logloss %.4f   roc_auc %.4f" % (log_loss(y[te], p), roc_auc_score(y[te], p)))
print(pd.Series(kmeans.predict(scaler.transform(numeric_block(df)))).groupby(df["converted"].values).value_counts().unstack(0).head())

test = pd.read_csv("test.csv")
pd.DataFrame({"click_id": test["click_id"], "prediction": clf.predict_proba(featurize(test))[:, 1]}).to_csv(
    "predictions.csv", index=False)
