"""
Can unsupervised detectors find bad batches?

Fit three PyOD detectors on the batch sensor summaries and check how well their outlier
scores line up with the QC reject flag (ROC AUC / precision@n). Labels are never used for
fitting, only for scoring.
"""
import numpy as np
import pandas as pd
from pyod.models.iforest import IForest
from pyod.models.ecod import ECOD
from pyod.models.hbos import HBOS
from pyod.utils.utility import precision_n_scores
from sklearn.metrics import roc_auc_score, average_precision_score

SENSORS = ["reactor_temp_mean", "reactor_temp_max", "reactor_temp_std", "pressure_mean", "pressure_std",
           "agitator_rpm_mean", "ph_mean", "ph_min", "feed_rate_mean", "cycle_time_min", "rm_moisture_pct"]

df = pd.read_csv("train.csv", parse_dates=["batch_start"])
df = df.dropna(subset=SENSORS).sort_values("batch_start").reset_index(drop=True)
X = df[SENSORS].to_numpy()
y = df["batch_reject"].to_numpy()
contamination = 0.07   # roughly the historical reject share

detectors = {
    "IForest": IForest(n_estimators=300, contamination=contamination, random_state=0),
    "ECOD": ECOD(contamination=contamination),
    "HBOS": HBOS(n_bins=20, contamination=contamination),
}

rows = []
for name, det in detectors.items():
    det.fit(X)
    s = det.decision_scores_          # outlier scores of the fitted data
    flags = det.labels_
    rows.append({
        "detector": name,
        "roc_auc": roc_auc_score(y, s),
        "pr_auc": average_precision_score(y, s),
        "precision@n": precision_n_scores(y, s),
        "flag_rate": flags.mean(),
        "recall_of_flags": flags[y == 1].mean(),
    })

res = pd.DataFrame(rows).set_index("detector").round(4)
print(res)

# monthly view: do detector alarms track the reject rate?
best = res["roc_auc"].idxmax()
df["score"] = detectors[best].decision_scores_
df["alarm"] = detectors[best].labels_
monthly = df.set_index("batch_start").resample("MS")[["batch_reject", "alarm"]].mean()
print(monthly.round(3).tail(12))
