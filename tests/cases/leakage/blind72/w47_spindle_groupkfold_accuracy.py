"""Spindle failure (next 7 days) - random forest, machine-grouped CV.

GroupKFold on machine_id so a machine is never in both the training and the scoring fold.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupKFold
from sklearn.metrics import accuracy_score

FEATURES = ["vibration_rms", "vibration_peak", "spindle_temp_c", "motor_current_a", "load_pct",
            "runtime_h", "tool_changes", "coolant_temp_c", "acoustic_kurtosis", "days_since_service"]
TARGET = "fail_within_7d"

df = pd.read_csv("train.csv", parse_dates=["date"])
print(df[TARGET].value_counts())
df = df.dropna(subset=FEATURES)

X = df[FEATURES].values
y = df[TARGET].values
machines = df["machine_id"].values

accs = []
for fold, (tr, te) in enumerate(GroupKFold(n_splits=5).split(X, y, machines)):
    rf = RandomForestClassifier(n_estimators=300, max_depth=10, n_jobs=-1, random_state=fold)
    rf.fit(X[tr], y[tr])
    acc = accuracy_score(y[te], rf.predict(X[te]))
    accs.append(acc)
    print(f"fold {fold}: {len(set(machines[te]))} machines, accuracy {acc:.4f}")

print("CV accuracy: %.4f +/- %.4f" % (np.mean(accs), np.std(accs)))

rf = RandomForestClassifier(n_estimators=300, max_depth=10, n_jobs=-1, random_state=0).fit(X, y)
for name, imp in sorted(zip(FEATURES, rf.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:20s} {imp:.3f}")

test = pd.read_csv("test.csv", parse_dates=["date"])
Xt = test[FEATURES].fillna(df[FEATURES].median()).values
pd.DataFrame({"machine_id": test["machine_id"], "date": test["date"],
              "prediction": rf.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
