# Untargeted LC-MS serum metabolomics: predict eGFR from feature intensities.
import numpy as np
import pandas as pd
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import KFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import r2_score, mean_absolute_error

peaks = pd.read_csv("xcms_feature_table.csv", index_col="sample")
meta = pd.read_csv("sample_meta.csv", index_col="sample")
peaks = peaks.loc[meta.index]

# QC-based filtering: drop features with RSD > 30% in pooled QCs
qc = meta["type"] == "QC"
rsd = peaks[qc].std() / peaks[qc].mean()
peaks = peaks.loc[~qc, rsd < 0.3]
meta = meta[~qc]

# per-sample total-ion normalisation, then log
peaks = peaks.div(peaks.sum(axis=1), axis=0) * 1e6
peaks = np.log2(peaks.clip(lower=1))
print(peaks.shape)


def correlated_features(frame, outcome, r_min=0.25, method="spearman"):
    r = frame.corrwith(outcome, method=method)
    keep = r.abs().sort_values(ascending=False)
    return list(keep[keep >= r_min].index)


egfr = meta["egfr"]
panel = correlated_features(peaks, egfr)
print(f"{len(panel)} features with |rho| >= 0.25")

X = peaks[panel].to_numpy()
y = egfr.to_numpy()

pls = Pipeline([("scale", StandardScaler()), ("pls", PLSRegression(n_components=5))])
cv = KFold(n_splits=7, shuffle=True, random_state=3)
pred = cross_val_predict(pls, X, y, cv=cv).ravel()

print("Q2   %.3f" % r2_score(y, pred))
print("MAE  %.1f mL/min/1.73m2" % mean_absolute_error(y, pred))
