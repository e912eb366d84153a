"""FTRL-style online CTR model, sklearn flavour.

Two passes over train.csv with partial_fit, then a scoring pass to get log loss and
normalised entropy (NE). Writes predictions.csv for test.csv.
"""
import math
import sys

import numpy as np
import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier

TRAIN, TEST = "train.csv", "test.csv"
CHUNK = 300_000
PASSES = 2
FIELDS = ("site_id", "site_domain", "app_id", "app_category", "device_model", "device_type",
          "device_conn_type", "os", "country", "banner_pos", "ad_id", "campaign_id", "advertiser_id")

hasher = FeatureHasher(n_features=2 ** 22, input_type="string", alternate_sign=False)


def encode(chunk):
    hours = pd.to_datetime(chunk["event_time"]).dt.hour.to_numpy()
    cols = [chunk[f].astype(str).to_numpy() for f in FIELDS]
    rows = []
    for i in range(len(chunk)):
        toks = [f"{f}:{c[i]}" for f, c in zip(FIELDS, cols)]
        toks.append(f"hour:{hours[i]}")
        toks.append(f"hour_app:{hours[i]}:{cols[3][i]}")
        rows.append(toks)
    return hasher.transform(rows)


clf = SGDClassifier(loss="log_loss", alpha=1e-7, learning_rate="invscaling", eta0=0.1, power_t=0.25)

for p in range(PASSES):
    for k, chunk in enumerate(pd.read_csv(TRAIN, chunksize=CHUNK)):
        clf.partial_fit(encode(chunk), chunk["click"].to_numpy(), classes=[0, 1])
        sys.stdout.write(f"\rpass {p + 1} chunk {k + 1}")
    print()

# evaluation pass
total_ll, n, clicks = 0.0, 0, 0
for chunk in pd.read_csv(TRAIN, chunksize=CHUNK):
    y = chunk["click"].to_numpy()
    prob = np.clip(clf.predict_proba(encode(chunk))[:, 1], 1e-7, 1 - 1e-7)
    total_ll += -np.sum(y * np.log(prob) + (1 - y) * np.log(1 - prob))
    n += len(y)
    clicks += int(y.sum())

ll = total_ll / n
ctr = clicks / n
# normalised entropy: log loss divided by the entropy of the background CTR
# (<1 means better than always predicting the average CTR)
background = -(ctr * math.log(ctr) + (1 - ctr) * math.log(1 - ctr))
print(f"rows={n}  ctr={ctr:.4f}")
print(f"logloss={ll:.5f}  NE={ll / background:.4f}")

frames = []
for chunk in pd.read_csv(TEST, chunksize=CHUNK):
    frames.append(pd.DataFrame({"impression_id": chunk["impression_id"],
                                "prediction": clf.predict_proba(encode(chunk))[:, 1]}))
pd.concat(frames).to_csv("predictions.csv", index=False)
print("predictions.csv written")
