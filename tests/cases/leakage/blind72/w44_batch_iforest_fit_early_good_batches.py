"""
Can an unsupervised detector find bad batches?

Isolation Forest trained on the *accepted* batches of the first 70% of the timeline (the
in-control reference period), alarm threshold = 97.5th percentile of the reference scores.
Evaluated on the later 30% against QC rejects, next to a simple univariate baseline
(|z| of reactor_temp_max w.r.t. the reference period).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

SENSORS = ["reactor_temp_mean", "reactor_temp_max", "reactor_temp_std", "pressure_mean", "pressure_std",
           "agitator_rpm_mean", "ph_mean", "ph_min", "feed_rate_mean", "cycle_time_min", "rm_moisture_pct"]

df = pd.read_csv("train.csv", parse_dates=["batch_start"])
df = df.dropna(subset=SENSORS).sort_values("batch_start").reset_index(drop=True)
cut = int(0.7 * len(df))
ref, later = df.iloc[:cut], df.iloc[cut:]
ref_good = ref[ref["batch_reject"] == 0]
print(f"reference period: {len(ref)} batches ({len(ref_good)} accepted) | evaluation: {len(later)} batches")

iso = IsolationForest(n_estimators=400, max_samples="auto", random_state=0)
iso.fit(ref_good[SENSORS])
ref_scores = -iso.score_samples(ref_good[SENSORS])
threshold = np.percentile(ref_scores, 97.5)

y = later["batch_reject"].to_numpy()
s = -iso.score_samples(later[SENSORS])
alarm = (s > threshold).astype(int)

# univariate baseline: distance of max reactor temperature from the reference mean
mu, sd = ref_good["reactor_temp_max"].mean(), ref_good["reactor_temp_max"].std()
z = np.abs((later["reactor_temp_max"] - mu) / sd)
z_alarm = (z > 3).astype(int)


def summary(name, score, flag):
    print(f"{name:22s} ROC AUC {roc_auc_score(y, score):.4f}  PR AUC {average_precision_score(y, score):.4f}  "
          f"precision {precision_score(y, flag, zero_division=0):.3f}  recall {recall_score(y, flag):.3f}  "
          f"alarm rate {flag.mean():.3f}")


summary("baseline |z| temp_max", z, z_alarm)
summary("isolation forest", s, alarm)
