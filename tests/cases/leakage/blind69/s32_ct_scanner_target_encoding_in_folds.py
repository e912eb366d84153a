"""Nodule malignancy - gradient boosting on radiomics + metadata.

Notes
-----
* scanner_vendor has a handful of values and referral centres differ in case mix,
  so it is mean-encoded (smoothed) instead of one-hot. The encoding is learned
  inside each CV fold from that fold's training patients.
* CV: StratifiedGroupKFold on patient_id.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

SMOOTH = 20

rad = pd.read_csv("train.csv")
meta = pd.read_csv("metadata.csv")
df = rad.merge(meta, on="patient_id", how="left")


def fit_encoding(frame, col, target, m=SMOOTH):
    global_rate = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["sum", "count"])
    return (stats["sum"] + m * global_rate) / (stats["count"] + m), global_rate


def apply_encoding(frame, col, enc, global_rate):
    return frame[col].map(enc).fillna(global_rate)


df["is_male"] = (df["sex"] == "M").astype(int)
base = [c for c in df.columns if c.startswith("original_")] + [
    "age", "is_male", "smoking_pack_years", "slice_thickness_mm"]
features = base + ["scanner_te"]

y = df["malignant"]
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=17)

aucs, aps, recs = [], [], []
for k, (tr, va) in enumerate(cv.split(df, y, groups=df["patient_id"])):
    tr_df, va_df = df.iloc[tr].copy(), df.iloc[va].copy()
    enc, global_rate = fit_encoding(tr_df, "scanner_vendor", "malignant")
    tr_df["scanner_te"] = apply_encoding(tr_df, "scanner_vendor", enc, global_rate)
    va_df["scanner_te"] = apply_encoding(va_df, "scanner_vendor", enc, global_rate)
    model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04,
                                           class_weight="balanced", random_state=k)
    model.fit(tr_df[features], tr_df["malignant"])
    p = model.predict_proba(va_df[features])[:, 1]
    aucs.append(roc_auc_score(va_df["malignant"], p))
    aps.append(average_precision_score(va_df["malignant"], p))
    recs.append(recall_score(va_df["malignant"], p > 0.5))

print("ROC-AUC  %.3f +/- %.3f" % (np.mean(aucs), np.std(aucs)))
print("PR-AUC   %.3f" % np.mean(aps))
print("recall   %.3f" % np.mean(recs))

enc, global_rate = fit_encoding(df, "scanner_vendor", "malignant")
df["scanner_te"] = apply_encoding(df, "scanner_vendor", enc, global_rate)
model.fit(df[features], y)
test = pd.read_csv("test.csv").merge(meta, on="patient_id", how="left")
test["scanner_te"] = apply_encoding(test, "scanner_vendor", enc, global_rate)
test["is_male"] = (test["sex"] == "M").astype(int)
pd.DataFrame({"slice_id": test.slice_id, "prediction": model.predict_proba(test[features])[:, 1]}
             ).to_csv("predictions.csv", index=False)
