"""ECOD detector for server incidents with a threshold chosen on a validation period.

Timeline: [ fit 60% | validation 20% | test 20% ]. The detector is fitted on normal
minutes of the first block, the alert threshold maximises F1 on the validation block,
and the test block is scored once.
"""
import numpy as np
import pandas as pd
from pyod.models.ecod import ECOD
from sklearn.metrics import precision_recall_curve, f1_score, precision_score, recall_score, average_precision_score

METRICS = ["cpu_util", "mem_util", "disk_io_mb", "net_in_mb", "net_out_mb", "latency_p99_ms",
           "error_rate", "gc_pause_ms", "queue_depth"]


def time_blocks(df, fracs=(0.6, 0.2)):
    df = df.sort_values("timestamp").reset_index(drop=True)
    t1 = df["timestamp"].quantile(fracs[0])
    t2 = df["timestamp"].quantile(fracs[0] + fracs[1])
    return df[df.timestamp < t1], df[(df.timestamp >= t1) & (df.timestamp < t2)], df[df.timestamp >= t2]


def best_f1_threshold(y, scores):
    prec, rec, thr = precision_recall_curve(y, scores)
    f1 = 2 * prec * rec / (prec + rec + 1e-12)
    i = int(np.argmax(f1[:-1]))
    return thr[i], f1[i]


def report(name, y, alerts):
    print(f"{name:28s} precision {precision_score(y, alerts, zero_division=0):.3f} "
          f"recall {recall_score(y, alerts):.3f} F1 {f1_score(y, alerts):.3f}")


def main():
    df = pd.read_csv("train.csv", parse_dates=["timestamp"])
    fit_df, val_df, test_df = time_blocks(df)

    ecod = ECOD(contamination=0.01).fit(fit_df.loc[fit_df.incident == 0, METRICS].values)
    thr, val_f1 = best_f1_threshold(val_df["incident"].values, ecod.decision_function(val_df[METRICS].values))
    print(f"threshold from validation period: {thr:.3f} (val F1 {val_f1:.3f})")

    rule_cut = fit_df["error_rate"].quantile(0.99)
    y = test_df["incident"].values
    s = ecod.decision_function(test_df[METRICS].values)
    report("baseline: error_rate > p99", y, (test_df["error_rate"] > rule_cut).astype(int))
    report("ECOD, validated threshold", y, (s >= thr).astype(int))
    print(f"ECOD test AP {average_precision_score(y, s):.4f}   "
          f"baseline AP {average_precision_score(y, test_df['error_rate']):.4f}")

    test = pd.read_csv("test.csv")
    prob = ECOD(contamination=0.01).fit(df.loc[df.incident == 0, METRICS].values).predict_proba(
        test[METRICS].values)[:, 1]
    pd.DataFrame({"sample_id": test["sample_id"], "prediction": prob}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
