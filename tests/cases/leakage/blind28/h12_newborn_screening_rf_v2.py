# Newborn screening (MCAD) classifier, v2 of the acylcarnitine model.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

ANALYTES = ["C0", "C2", "C3", "C4", "C5", "C6", "C8", "C10", "C10_1", "C12", "C14", "C16", "C18"]


def add_ratios(d):
    d = d.copy()
    d["C8_C2"] = d["C8"] / d["C2"]
    d["C8_C10"] = d["C8"] / d["C10"]
    d["C6_C8"] = d["C6"] / d["C8"]
    return d


def upsample_cases(frame, label, ratio=0.25, seed=0):
    pos = frame[frame[label] == 1]
    neg = frame[frame[label] == 0]
    pos_up = resample(pos, replace=True, n_samples=int(len(neg) * ratio), random_state=seed)
    return pd.concat([neg, pos_up]).sample(frac=1.0, random_state=seed)


screen = add_ratios(pd.read_csv("nbs_acylcarnitines_2015_2020.csv").dropna(subset=ANALYTES))
features = ANALYTES + ["C8_C2", "C8_C10", "C6_C8", "age_at_sampling_h"]

train, test = train_test_split(screen, test_size=0.3, stratify=screen["confirmed_mcad"], random_state=3)
train_bal = upsample_cases(train, "confirmed_mcad", seed=3)
print("train after upsampling:", train_bal["confirmed_mcad"].value_counts().to_dict())
print("test:                 ", test["confirmed_mcad"].value_counts().to_dict())

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=3)
rf.fit(train_bal[features], train_bal["confirmed_mcad"])

p = rf.predict_proba(test[features])[:, 1]
yhat = (p > 0.5).astype(int)
yte = test["confirmed_mcad"].to_numpy()
print("sensitivity", round(recall_score(yte, yhat), 3))
print("PPV        ", round(precision_score(yte, yhat, zero_division=0), 3))
print("F1         ", round(f1_score(yte, yhat), 3))
print("AUC        ", round(roc_auc_score(yte, p), 3))
