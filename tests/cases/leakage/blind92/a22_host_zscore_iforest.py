import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

METRICS = ["cpu_util", "mem_util", "disk_io_mb", "net_in_mb", "net_out_mb",
           "latency_p99_ms", "error_rate", "gc_pause_ms", "queue_depth"]


def host_zscores(df):
    """Hosts have very different load profiles; express each metric relative to its host."""
    out = df.copy()
    grp = df.groupby("host")[METRICS]
    mu = grp.transform("mean")
    sd = grp.transform("std").replace(0, 1)
    for m in METRICS:
        out[m + "_z"] = (df[m] - mu[m]) / sd[m]
    return out


def main():
    df = pd.read_csv("train.csv", parse_dates=["timestamp"])
    df = host_zscores(df).sort_values("timestamp").reset_index(drop=True)
    zcols = [m + "_z" for m in METRICS]

    n_train = int(0.8 * len(df))
    train, hold = df.iloc[:n_train], df.iloc[n_train:]
    print("train until", train.timestamp.max(), "| hold-out from", hold.timestamp.min())

    iso = IsolationForest(n_estimators=500, max_samples=2048, contamination=0.01, random_state=8)
    iso.fit(train.loc[train.incident == 0, zcols])

    y = hold["incident"].values
    score = -iso.score_samples(hold[zcols])
    flag = (iso.predict(hold[zcols]) == -1).astype(int)
    print("ROC-AUC  %.3f" % roc_auc_score(y, score))
    print("PR-AUC   %.4f" % average_precision_score(y, score))
    print("F1       %.3f" % f1_score(y, flag))

    test = pd.read_csv("test.csv", parse_dates=["timestamp"])
    both = host_zscores(pd.concat([df[test.columns], test], ignore_index=True))
    sub = both[both.sample_id.isin(test.sample_id)]
    s = -iso.score_samples(sub[zcols])
    pd.DataFrame({"sample_id": sub["sample_id"],
                  "prediction": (s - s.min()) / (s.max() - s.min())}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
