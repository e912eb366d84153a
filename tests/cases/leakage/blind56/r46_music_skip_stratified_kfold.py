"""Skip prediction for the music streaming take-home.

Features: track / context / session position, previous-track relations within the
session. Model: LightGBM, 5-fold stratified CV, compared against a prior-only dummy.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, log_loss

CONTEXTS = ["playlist", "album", "radio", "search", "artist"]


def build(frame):
    f = frame.sort_values(["session_id", "played_at"]).copy()
    prev = f.groupby("session_id")
    f["prev_same_artist"] = (f["artist_id"] == prev["artist_id"].shift(1)).astype(int)
    f["prev_duration_min"] = prev["track_duration_ms"].shift(1) / 60000
    f["secs_since_prev"] = (f["played_at"] - prev["played_at"].shift(1)).dt.total_seconds()
    f["hour"] = f["played_at"].dt.hour
    f["weekend"] = (f["played_at"].dt.dayofweek >= 5).astype(int)
    f["duration_min"] = f["track_duration_ms"] / 60000
    for c in CONTEXTS:
        f[f"ctx_{c}"] = (f["context_type"] == c).astype(int)
    return f.sort_index()


def describe(frame):
    print(f"{len(frame)} plays | {frame['user_id'].nunique()} users | {frame['session_id'].nunique()} sessions")
    print("time range:", frame["played_at"].min(), "->", frame["played_at"].max())
    print("skip share by context:")
    print(frame.groupby("context_type")["skipped"].mean().round(3).to_string())


FEATS = ["session_position", "track_popularity", "user_tenure_days", "duration_min", "hour", "weekend",
         "prev_same_artist", "prev_duration_min", "secs_since_prev"] + [f"ctx_{c}" for c in CONTEXTS]


def main():
    train = build(pd.read_csv("train.csv", parse_dates=["played_at"]))
    test = build(pd.read_csv("test.csv", parse_dates=["played_at"]))
    describe(train)
    X, y = train[FEATS], train["skipped"].values
    print(X.shape, "skip rate", y.mean().round(3))

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=17)
    lgbm = LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=63,
                          min_child_samples=40, colsample_bytree=0.8, random_state=17)
    p_model = cross_val_predict(lgbm, X, y, cv=cv, method="predict_proba")[:, 1]
    p_dummy = cross_val_predict(DummyClassifier(strategy="prior"), X, y, cv=cv, method="predict_proba")[:, 1]

    print(f"dummy baseline  AUC {roc_auc_score(y, p_dummy):.4f}  logloss {log_loss(y, p_dummy):.4f}")
    print(f"lightgbm        AUC {roc_auc_score(y, p_model):.4f}  logloss {log_loss(y, p_model):.4f}")

    by_ctx = pd.DataFrame({"ctx": train["context_type"], "y": y, "p": p_model})
    print(by_ctx.groupby("ctx").apply(lambda g: roc_auc_score(g["y"], g["p"])).round(4))

    lgbm.fit(X, y)
    pd.DataFrame({"play_id": test["play_id"], "prediction": lgbm.predict_proba(test[FEATS])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )
    check = pd.read_csv("predictions.csv")
    assert len(check) == len(test) and check["play_id"].is_unique
    assert check["prediction"].notna().all() and check["prediction"].between(0, 1).all()
    print("predictions.csv ok:", check.shape)


if __name__ == "__main__":
    main()
