# conversion prediction
# main idea: users (and advertisers) have very different propensity to buy,
# so encode that as a smoothed conversion rate and let a linear model combine it with the rest.

import numpy as np
import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.model_selection import GroupShuffleSplit
from scipy.sparse import hstack, csr_matrix

df = pd.read_csv("train.csv")
base_rate = df.converted.mean()
print("base conversion rate", round(base_rate, 4))

# smoothed rates, alpha = 50 pseudo clicks
ALPHA = 50
for key in ["user_id", "advertiser_id", "publisher_id"]:
    grp = df.groupby(key).converted
    df[key + "_cr"] = (grp.transform("sum") + ALPHA * base_rate) / (grp.transform("size") + ALPHA)

dense_cols = ["user_id_cr", "advertiser_id_cr", "publisher_id_cr", "cpc_bid", "user_prev_clicks"]
hash_cols = ["ad_id", "campaign_id", "device_os", "browser", "country", "landing_page_type",
             "hour_of_day", "day_of_week"]

fh = FeatureHasher(2 ** 18, input_type="string")


def build(frame):
    tokens = [[f"{c}|{v}" for c, v in zip(hash_cols, row)] for row in frame[hash_cols].astype(str).values]
    dense = frame[dense_cols].fillna(0).to_numpy(dtype=float)
    dense[:, 3:] = np.log1p(dense[:, 3:])
    return hstack([fh.transform(tokens), csr_matrix(dense)]).tocsr()


X = build(df)
y = df.converted.values
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
train_idx, test_idx = next(splitter.split(X, y, groups=df.user_id))

clf = SGDClassifier(loss="log_loss", alpha=1e-5, class_weight=None, random_state=11)
for chunk in np.array_split(train_idx, 30):
    clf.partial_fit(X[chunk], y[chunk], classes=[0, 1])

p = clf.predict_proba(X[test_idx])[:, 1]
print("ROC AUC :", round(roc_auc_score(y[test_idx], p), 4))
print("PR AUC  :", round(average_precision_score(y[test_idx], p), 4))
print("logloss :", round(log_loss(y[test_idx], p), 4))

# --- submission: rates from all training rows, unseen keys get the base rate
test = pd.read_csv("test.csv")
for key in ["user_id", "advertiser_id", "publisher_id"]:
    test[key + "_cr"] = test[key].map(df.groupby(key)[key + "_cr"].first()).fillna(base_rate)
pd.DataFrame({"click_id": test.click_id, "prediction": clf.predict_proba(build(test))[:, 1]}).to_csv(
    "predictions.csv", index=False)
