# Newborn screening: flag MCAD deficiency from tandem-MS acylcarnitine profile.
# Confirmed cases are rare, so the minority class is upsampled.
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import recall_score, precision_score, f1_score, roc_auc_score

screen = pd.read_csv("nbs_acylcarnitines_2015_2020.csv")
analytes = ["C0", "C2", "C3", "C4", "C5", "C6", "C8", "C10", "C10_1", "C12", "C14", "C16", "C18"]

screen = screen.dropna(subset=analytes)
# the usual ratios used by the lab
screen["C8_C2"] = screen["C8"] / screen["C2"]
screen["C8_C10"] = screen["C8"] / screen["C10"]
screen["C6_C8"] = screen["C6"] / screen["C8"]
screen["birth_weight_kg"] = screen["birth_weight_g"] / 1000
features = analytes + ["C8_C2", "C8_C10", "C6_C8", "birth_weight_kg", "age_at_sampling_h"]

cases = screen[screen.confirmed_mcad == 1]
controls = screen[screen.confirmed_mcad == 0]
print(f"cases={len(cases)} controls={len(controls)}")

cases_up = resample(cases, replace=True, n_samples=len(controls) // 4, random_state=3)
balanced = pd.concat([controls, cases_up]).sample(frac=1.0, random_state=3)

X = balanced[features]
y = balanced.confirmed_mcad

Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, stratify=y, random_state=3)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=3)
rf.fit(Xtr, ytr)
p = rf.predict_proba(Xte)[:, 1]
yhat = (p > 0.5).astype(int)

print("sensitivity", round(recall_score(yte, yhat), 3))
print("PPV        ", round(precision_score(yte, yhat), 3))
print("F1         ", round(f1_score(yte, yhat), 3))
print("AUC        ", round(roc_auc_score(yte, p), 3))

# baseline: always call "screen negative"
majority = np.zeros_like(yte)
print("majority baseline F1", f1_score(yte, majority, zero_division=0),
      "sensitivity", recall_score(yte, majority))
