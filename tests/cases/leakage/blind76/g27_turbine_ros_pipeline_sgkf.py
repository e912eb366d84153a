"""Turbine fault-in-24h classifier.

Random oversampling + gradient boosting, cross-validated by turbine
(StratifiedGroupKFold) so that no turbine is both trained on and scored.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import make_pipeline
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_validate

TARGET = "fault_next_24h"
LEAKY = ["maintenance_ticket_opened", "downtime_minutes_next24h"]

df = pd.read_csv("train.csv")
df = pd.get_dummies(df, columns=["turbine_model"], dtype=int)

# physics-ish features
df["tip_speed_ratio"] = df.rotor_rpm * 2 * np.pi / 60 * 50 / df.wind_speed_ms.clip(lower=0.5)
df["gear_temp_rise"] = df.gearbox_oil_temp_c - df.nacelle_temp_c
df["gen_temp_rise"] = df.generator_temp_c - df.nacelle_temp_c
df["vib_per_rpm"] = df.vibration_rms_mm_s / df.rotor_rpm.clip(lower=1)

feature_cols = [c for c in df.columns if c not in [TARGET, "record_id", "turbine_id", "timestamp"] + LEAKY]
X, y, groups = df[feature_cols], df[TARGET], df["turbine_id"]
print(f"{len(feature_cols)} features, positive rate {y.mean():.3f}")

cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=42)
scoring = ["roc_auc", "average_precision", "f1", "recall"]

models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "ros_lgbm": make_pipeline(
        RandomOverSampler(sampling_strategy=0.3, random_state=42),
        LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31, verbose=-1),
    ),
}

for name, model in models.items():
    res = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring)
    line = "  ".join(f"{s}={res['test_' + s].mean():.3f}±{res['test_' + s].std():.3f}" for s in scoring)
    print(f"{name:<15} {line}")
