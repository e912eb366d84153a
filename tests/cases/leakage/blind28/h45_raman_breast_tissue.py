"""Raman microspectroscopy of breast tissue sections: benign vs carcinoma.

Feature idea: similarity of each spectrum to the reference (class-mean) spectra,
on top of a handful of band ratios.
"""
import numpy as np
import pandas as pd
from scipy.signal import savgol_filter
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, balanced_accuracy_score, confusion_matrix

spec = pd.read_csv("raman_breast_spectra.csv")
shift_cols = [c for c in spec.columns if c.startswith("cm_")]
wn = np.array([float(c[3:]) for c in shift_cols])

S = spec[shift_cols].to_numpy(float)
# polynomial baseline removal + vector normalisation, spectrum by spectrum
for i in range(S.shape[0]):
    coef = np.polyfit(wn, S[i], deg=5)
    S[i] = S[i] - np.polyval(coef, wn)
S = savgol_filter(S, 11, 3, axis=1)
S = S / np.linalg.norm(S, axis=1, keepdims=True)

y = (spec["diagnosis"] == "carcinoma").astype(int).to_numpy()

refs = {}
for cls in (0, 1):
    refs[cls] = S[y == cls].mean(axis=0)


def band(s, lo, hi):
    m = (wn >= lo) & (wn <= hi)
    return s[:, m].sum(axis=1)


feats = pd.DataFrame({
    "corr_benign": [np.corrcoef(s, refs[0])[0, 1] for s in S],
    "corr_carcinoma": [np.corrcoef(s, refs[1])[0, 1] for s in S],
    "lipid_protein": band(S, 1430, 1460) / band(S, 1650, 1670),
    "phe_amideI": band(S, 995, 1010) / band(S, 1650, 1670),
    "nucleic_1085": band(S, 1075, 1095),
    "collagen_855_876": band(S, 850, 880),
})
feats["corr_diff"] = feats["corr_carcinoma"] - feats["corr_benign"]

clf = LogisticRegression(C=1.0, max_iter=1000)
cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
prob = cross_val_predict(clf, feats.to_numpy(), y, cv=cv, method="predict_proba")[:, 1]

print("AUC      ", round(roc_auc_score(y, prob), 3))
print("bal. acc.", round(balanced_accuracy_score(y, prob > 0.5), 3))
print(confusion_matrix(y, prob > 0.5))
