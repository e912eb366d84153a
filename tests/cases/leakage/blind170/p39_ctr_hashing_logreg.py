"""Avazu click-through rate prediction on a 2M-row sample.

Hashing trick + logistic regression (SGD), trained on the first 9 days and
validated on the last day, as in the competition.
"""
import numpy as np
import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score

CAT_COLS = [
    "C1", "banner_pos", "site_id", "site_domain", "site_category", "app_id", "app_domain",
    "app_category", "device_model", "device_type", "device_conn_type",
    "C14", "C15", "C16", "C17", "C18", "C19", "C20", "C21",
]

clicks = pd.read_csv("avazu_train_sample.csv", dtype={c: str for c in CAT_COLS})
clicks["ts"] = pd.to_datetime(clicks["hour"].astype(str), format="%y%m%d%H")
clicks = clicks.sort_values("ts").reset_index(drop=True)
clicks["hour_of_day"] = clicks["ts"].dt.hour.astype(str)
clicks["weekday"] = clicks["ts"].dt.dayofweek.astype(str)
print(clicks["ts"].min(), clicks["ts"].max(), "CTR:", round(clicks["click"].mean(), 4))

last_day = clicks["ts"].dt.normalize().max()
train = clicks[clicks["ts"] < last_day].copy()
valid = clicks[clicks["ts"] >= last_day].copy()
print(len(train), "train rows /", len(valid), "validation rows")

feature_cols = CAT_COLS + ["hour_of_day", "weekday"]
# add a couple of crossed features
for frame in (train, valid):
    frame["site_x_hour"] = frame["site_id"] + "_" + frame["hour_of_day"]
    frame["app_x_conn"] = frame["app_id"] + "_" + frame["device_conn_type"]
feature_cols += ["site_x_hour", "app_x_conn"]


def to_tokens(frame):
    return ([f"{c}={v}" for c, v in zip(feature_cols, row)] for row in frame[feature_cols].itertuples(index=False))


hasher = FeatureHasher(n_features=2 ** 22, input_type="string", alternate_sign=False)
X_train = hasher.transform(to_tokens(train))
X_valid = hasher.transform(to_tokens(valid))
y_train, y_valid = train["click"].to_numpy(), valid["click"].to_numpy()

sgd = SGDClassifier(loss="log_loss", alpha=1e-6, penalty="l2", max_iter=5, tol=None, random_state=0)
sgd.fit(X_train, y_train)
p_valid = np.clip(sgd.predict_proba(X_valid)[:, 1], 1e-6, 1 - 1e-6)

prior_ctr = y_train.mean()
p_prior = np.full(len(y_valid), prior_ctr)

print(f"baseline (train CTR {prior_ctr:.4f}) logloss: {log_loss(y_valid, p_prior):.4f}")
print(f"hashed logreg logloss            : {log_loss(y_valid, p_valid):.4f}")
print(f"hashed logreg ROC AUC            : {roc_auc_score(y_valid, p_valid):.4f}")
