#!/usr/bin/env python
"""
Ad click prediction - take-home
-------------------------------
hashed categorical fields + a few user-session features, SGD logistic regression.
validation: train on days 1..N-1, evaluate on day N.
"""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score

HASH_DIM = 2 ** 19
CAT = ["site_id", "app_id", "app_category", "device_model", "device_type",
       "os", "banner_pos", "ad_id", "campaign_id", "advertiser_id"]


def session_features(df):
    """gaps between a user's impressions - bursty users behave differently"""
    df = df.sort_values(["user_id", "event_time"])
    g = df.groupby("user_id")["event_time"]
    prev_gap = (df["event_time"] - g.shift(1)).dt.total_seconds()
    next_gap = (g.shift(-1) - df["event_time"]).dt.total_seconds()
    df["log_prev_gap"] = np.log1p(prev_gap.fillna(86400))
    df["log_next_gap"] = np.log1p(next_gap.fillna(86400))
    df["user_seq"] = np.log1p(df.groupby("user_id").cumcount())
    return df.sort_index()


def design(df, hasher):
    hour = df["event_time"].dt.hour.astype(str)
    toks = [(c + "_" + df[c].astype(str)) for c in CAT] + ["h_" + hour]
    Xcat = hasher.transform(pd.concat(toks, axis=1).to_numpy().tolist())
    dense = df[["log_prev_gap", "log_next_gap", "user_seq"]].to_numpy() / 12.0
    return sp.hstack([Xcat, sp.csr_matrix(dense)]).tocsr()


def main():
    df = pd.read_csv("train.csv", parse_dates=["event_time"])
    df = session_features(df)
    day = df["event_time"].dt.date
    last = day.max()
    train, valid = df[day < last], df[day == last]
    print(f"train {len(train):,} rows / valid {len(valid):,} rows (day {last})")

    hasher = FeatureHasher(n_features=HASH_DIM, input_type="string", alternate_sign=False)
    Xtr, Xva = design(train, hasher), design(valid, hasher)
    ytr, yva = train["click"].to_numpy(), valid["click"].to_numpy()

    model = SGDClassifier(loss="log_loss", alpha=2e-6, random_state=42)
    for epoch in range(2):
        for idx in np.array_split(np.arange(Xtr.shape[0]), 40):
            model.partial_fit(Xtr[idx], ytr[idx], classes=[0, 1])

    dummy = DummyClassifier(strategy="prior").fit(Xtr, ytr)
    p_model = model.predict_proba(Xva)[:, 1]
    p_dummy = dummy.predict_proba(Xva)[:, 1]
    print("dummy  logloss={:.4f}".format(log_loss(yva, p_dummy)))
    print("sgd    logloss={:.4f}  auc={:.4f}".format(log_loss(yva, p_model), roc_auc_score(yva, p_model)))

    # refit on everything for the submission
    full_X, full_y = design(df, hasher), df["click"].to_numpy()
    for idx in np.array_split(np.arange(full_X.shape[0]), 40):
        model.partial_fit(full_X[idx], full_y[idx])
    test = session_features(pd.read_csv("test.csv", parse_dates=["event_time"]))
    pd.DataFrame({"impression_id": test["impression_id"],
                  "prediction": model.predict_proba(design(test, hasher))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
