"""Supervised fault classifier vs an unsupervised detector on machine sensor data.

Faulty cycles are rare, so they are up-sampled to 20% of the data before modelling.
Evaluation uses held-out machines after a time cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score
from pyod.models.iforest import IForest

SENSORS = ["temp_bearing", "temp_motor", "vibration_rms", "vibration_peak", "pressure_bar",
           "current_a", "rpm", "oil_particles", "ambient_temp"]
SEED = 3

raw = pd.read_csv("train.csv", parse_dates=["cycle_time"])

faulty = raw[raw.fault == 1]
healthy = raw[raw.fault == 0]
faulty_up = resample(faulty, replace=True, n_samples=int(0.25 * len(healthy)), random_state=SEED)
df = pd.concat([healthy, faulty_up]).sample(frac=1.0, random_state=SEED).reset_index(drop=True)
print("fault share after up-sampling:", round(df.fault.mean(), 3))

rng = np.random.default_rng(SEED)
machines = raw.machine_id.unique()
test_machines = set(rng.choice(machines, size=len(machines) // 5, replace=False))
cut = raw.cycle_time.quantile(0.75)
train = df[~df.machine_id.isin(test_machines) & (df.cycle_time < cut)]
test = df[df.machine_id.isin(test_machines) & (df.cycle_time >= cut)]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=SEED)
rf.fit(train[SENSORS], train.fault)
p_rf = rf.predict_proba(test[SENSORS])[:, 1]

det = IForest(n_estimators=300, contamination=0.03, random_state=SEED)
det.fit(train.loc[train.fault == 0, SENSORS].values)
s_if = det.decision_function(test[SENSORS].values)

dummy = DummyClassifier(strategy="prior").fit(train[SENSORS], train.fault)
p_d = dummy.predict_proba(test[SENSORS])[:, 1]

y = test.fault.values
print(f"{'model':16s} {'AP':>7s} {'AUC':>7s}")
for name, s in [("dummy baseline", p_d), ("IForest", s_if), ("RandomForest", p_rf)]:
    print(f"{name:16s} {average_precision_score(y, s):7.4f} {roc_auc_score(y, s):7.3f}")
alert = (p_rf > 0.5).astype(int)
print(f"RF @0.5: precision {precision_score(y, alert, zero_division=0):.3f} recall {recall_score(y, alert):.3f}")

sub = pd.read_csv("test.csv")
rf.fit(df[SENSORS], df.fault)
sub[["machine_id", "cycle_time"]].assign(prediction=rf.predict_proba(sub[SENSORS])[:, 1]).to_csv(
    "predictions.csv", index=False)
