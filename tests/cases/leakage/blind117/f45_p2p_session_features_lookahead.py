# P2P scam transfers - take-home submission
#
# validation: first 80% of the period for training, last 20% for validation,
# validation restricted to sender accounts that never appear in the training window.

import json

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as f:
    TASK = json.load(f)
TIME = TASK["time_column"]
ACCOUNT = TASK["group_column"]
TARGET = TASK["target"]
ID = TASK["id_column"]


def load(path):
    df = pd.read_csv(path, parse_dates=[TIME])
    return df.sort_values([ACCOUNT, TIME]).reset_index(drop=True)


def sequence_features(df):
    """Features describing where a transfer sits in the sender's sequence of transfers."""
    g = df.groupby(ACCOUNT)
    df["seq_no"] = g.cumcount()
    df["gap_prev_min"] = g[TIME].diff().dt.total_seconds().div(60)
    df["gap_next_min"] = (g[TIME].shift(-1) - df[TIME]).dt.total_seconds().div(60)
    df["rapid_sequence"] = ((df["gap_prev_min"] < 5) | (df["gap_next_min"] < 5)).astype(int)
    df["amount_local_mean"] = g["amount"].transform(lambda s: s.rolling(5, center=True, min_periods=1).mean())
    df["amount_vs_local"] = df["amount"] / df["amount_local_mean"]
    df["session_seconds"] = g["session_seconds"].transform(lambda s: s.bfill())
    df["gap_prev_min"] = df["gap_prev_min"].fillna(-1)
    df["gap_next_min"] = df["gap_next_min"].fillna(-1)
    df["hour"] = df[TIME].dt.hour
    df["web"] = (df["channel"] == "web").astype(int)
    return df


FEATURES = ["amount", "seq_no", "gap_prev_min", "gap_next_min", "rapid_sequence", "amount_vs_local",
            "session_seconds", "payee_is_new", "payee_account_age_days", "sender_account_age_days", "hour", "web"]


def split_out_of_time(df, frac=0.8):
    cut = df[TIME].quantile(frac)
    early = df[df[TIME] < cut]
    late = df[(df[TIME] >= cut) & ~df[ACCOUNT].isin(early[ACCOUNT].unique())]
    return early, late, cut


def main():
    df = sequence_features(load("train.csv"))
    test = sequence_features(load("test.csv"))
    print(f"{len(df)} transfers, scam rate {df[TARGET].mean():.4f}")

    early, late, cut = split_out_of_time(df)
    print(f"cut {cut}: {len(early)} train rows, {len(late)} validation rows ({late[ACCOUNT].nunique()} new accounts)")

    clf = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04, max_leaf_nodes=48,
                                         l2_regularization=0.5, class_weight="balanced", random_state=1)
    clf.fit(early[FEATURES], early[TARGET])
    p = clf.predict_proba(late[FEATURES])[:, 1]
    baseline = np.full(len(late), early[TARGET].mean())
    print(f"validation AP  {average_precision_score(late[TARGET], p):.4f}")
    print(f"validation AUC {roc_auc_score(late[TARGET], p):.4f}")
    print(f"baseline AP (training scam rate for all) {average_precision_score(late[TARGET], baseline):.4f}")

    clf.fit(df[FEATURES], df[TARGET])
    pd.DataFrame({ID: test[ID], "prediction": clf.predict_proba(test[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
