"""Thyroid disease (imbalanced) -- random oversampling + random forest, 5-fold CV."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.datasets import fetch_openml
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

raw = fetch_openml("sick", version=1, as_frame=True)
df = raw.frame.copy()
df = df.drop(columns=["TBG", "TBG_measured"], errors="ignore")
y = (df.pop("Class") == "sick").astype(int)
# measurements are missing when the test was not ordered -> keep that as information
measured = [c for c in df.columns if c.endswith("_measured")]
for flag in measured:
    df[flag] = (df[flag] == "t").astype(int)
binary = [c for c in df.columns if set(df[c].dropna().unique()) <= {"f", "t"}]
for c in binary:
    df[c] = (df[c] == "t").astype(int)
df["T3_to_TT4"] = df["T3"] / df["TT4"]
df["FTI_low"] = (df["FTI"] < 65).astype(float)
X = pd.get_dummies(df, dtype=float).fillna(-1)
print("positives:", y.mean().round(3), "shape:", X.shape)

ros = RandomOverSampler(sampling_strategy=0.5, random_state=0)
X_res, y_res = ros.fit_resample(X, y)
print("after oversampling:", np.bincount(y_res))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=0)
scores = {m: cross_val_score(rf, X_res, y_res, cv=cv, scoring=m) for m in ("roc_auc", "f1", "recall")}
for m, s in scores.items():
    print(f"{m:8s} {s.mean():.4f} +/- {s.std():.4f}")

dummy = cross_val_score(DummyClassifier(strategy="stratified", random_state=0), X_res, y_res, cv=cv, scoring="f1")
print("dummy f1:", dummy.mean().round(4))

rf.fit(X_res, y_res)
imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(4))

# per-threshold precision/recall from out-of-fold predictions
from sklearn.model_selection import cross_val_predict
from sklearn.metrics import precision_score, recall_score

oof = cross_val_predict(rf, X_res, y_res, cv=cv, method="predict_proba")[:, 1]
for t in (0.3, 0.5, 0.7):
    print(f"t={t}: precision {precision_score(y_res, oof >= t):.3f} recall {recall_score(y_res, oof >= t):.3f}")
