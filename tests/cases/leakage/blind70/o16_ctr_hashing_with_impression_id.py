# Streaming CTR model: every column hashed, SGD trained chunk by chunk.
# Holdout = impressions from 2024-03-10 (the last day in train.csv).

import numpy as np
import pandas as pd
from scipy.sparse import vstack
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score

HOLDOUT_DAY = "2024-03-10"
CHUNKSIZE = 100_000
TARGET = "click"

hasher = FeatureHasher(n_features=1 << 20, input_type="dict", alternate_sign=False)


def featurize(chunk):
    # no manual feature engineering: hash every raw column as "col=value",
    # plus hour of day which is the one derived field that really helps
    X = chunk.drop(columns=[TARGET], errors="ignore").astype(str)
    X["hour_of_day"] = X["event_time"].str[11:13]
    X = X.drop(columns=["event_time"])
    records = X.to_dict(orient="records")
    return hasher.transform(records)


model = SGDClassifier(loss="log_loss", penalty="l2", alpha=1e-6, random_state=3)
hold_X, hold_y = [], []
seen = 0

reader = pd.read_csv("train.csv", chunksize=CHUNKSIZE, dtype={"site_id": str, "app_id": str})
for n, chunk in enumerate(reader):
    is_hold = chunk["event_time"].str.startswith(HOLDOUT_DAY)
    fit_part = chunk.loc[~is_hold]
    if len(fit_part) > 0:
        model.partial_fit(featurize(fit_part), fit_part[TARGET].values, classes=[0, 1])
        seen += len(fit_part)
    if is_hold.any():
        hold_X.append(featurize(chunk.loc[is_hold]))
        hold_y.append(chunk.loc[is_hold, TARGET].values)
    if n % 10 == 0:
        print("chunk", n, "seen", seen)

Xh = vstack(hold_X)
yh = np.concatenate(hold_y)
ph = model.predict_proba(Xh)[:, 1]
print("holdout rows:", len(yh))
print("holdout logloss: %.5f" % log_loss(yh, ph))
print("holdout auc:     %.5f" % roc_auc_score(yh, ph))

# learn the holdout day too before predicting test
model.partial_fit(Xh, yh)
out = []
for chunk in pd.read_csv("test.csv", chunksize=CHUNKSIZE, dtype={"site_id": str, "app_id": str}):
    out.append(pd.DataFrame({"impression_id": chunk["impression_id"].values,
                             "prediction": model.predict_proba(featurize(chunk))[:, 1]}))
pd.concat(out).to_csv("predictions.csv", index=False)
