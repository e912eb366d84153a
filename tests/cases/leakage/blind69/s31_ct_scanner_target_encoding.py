"""Nodule malignancy - gradient boosting on radiomics + metadata.

Notes
-----
* scanner_vendor has a handful of values and referral centres differ in case mix,
  so it is mean-encoded (smoothed) instead of one-hot.
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


def smoothed_mean_encoding(frame, col, target, m=SMOOTH):
    global_rate = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["sum", "count"])
    enc = (stats["sum"] + m * global_rate) / (stats["count"] + m)
    return frame[col].map(enc).fillna(global_rate), enc, global_rate


df["scanner_te"], vendor_enc, global_rate = smoothed_mean_encoding(df, "scanner_vendor", "malignant")
print(vendor_enc.round(3))

df["is_male"] = (df["sex"] == "M").astype(int)
features = [c for c in df.columns if c.startswith("original_")] + [
    "age", "is_male", "smoking_pack_years", "slice_thickness_mm", "scanner_te"]

X = df[features]
y = df["malignant"]
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=17)

aucs, aps, recs = [], [], []
for k, (tr, va) in enumerate(cv.split(X, y, groups=df["patient_id"])):
    model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04,
                                           class_weight="balanced", random_state=k)
    model.fit(X.iloc[tr], y.iloc[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    aucs.append(roc_auc_score(y.iloc[va], p))
    aps.append(average_precision_score(y.iloc[va], p))
    recs.append(recall_score(y.iloc[va], p > 0.5))

print("ROC-AUC  %.3f +/- %.3f" % (np.mean(aucs), np.std(aucs)))
print("PR-AUC   %.3f" % np.mean(aps))
print("recall   %.3f" % np.mean(recs))

model.fit(X, y)
test = pd.read_csv("test.csv").merge(meta, on="patient_id", how="left")
test["scanner_te"] = test["scanner_vendor"].map(vendor_enc).fillna(global_rate)
test["is_male"] = (test["sex"] == "M").astype(int)
pd.DataFrame({"slice_id": test.slice_id, "prediction": model.predict_proba(test[features])[:, 1]}
             ).to_csv("predictions.csv", index=False)
