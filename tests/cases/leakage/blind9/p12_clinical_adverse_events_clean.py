"""Grade>=3 adverse events per visit; folds never split a patient."""
import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, average_precision_score

LABS = ["alt", "ast", "bilirubin", "creatinine", "neutrophils", "platelets", "hemoglobin"]


def load_visits(path):
    v = pd.read_csv(path).sort_values(["patient_id", "visit_day"]).reset_index(drop=True)
    v["ae_grade3"] = (v["max_ae_grade"] >= 3).astype(int)
    return v


def patient_features(v):
    """Within-patient features: each uses the patient's own first visit and past doses only."""
    out = pd.DataFrame(index=v.index)
    g = v.groupby("patient_id")
    first = g[LABS].transform("first")
    out = out.join((v[LABS] / first).add_suffix("_vs_baseline"))
    out = out.join(np.log1p(v[LABS].clip(lower=0)).add_suffix("_log"))
    out["cum_dose"] = g["dose_mg"].cumsum()
    out["visit_no"] = g.cumcount() + 1
    out["dose_mg"] = v["dose_mg"]
    out["bmi"] = v["weight_kg"] / (v["height_cm"] / 100) ** 2
    out["elderly"] = np.where(v["age"] >= 65, 1, 0)
    out["ecog"] = v["ecog"]
    return out.replace([np.inf, -np.inf], np.nan)


visits = load_visits("data/trial_visits.csv")
print(visits.shape, visits["patient_id"].nunique())
print(visits.groupby("arm")["ae_grade3"].mean().round(3))

X = patient_features(visits)
y = visits["ae_grade3"]
groups = visits["patient_id"]


def make_pipe(clf):
    return ImbPipeline([("imp", SimpleImputer(strategy="median")),
                        ("sc", StandardScaler()),
                        ("smote", SMOTE(random_state=3)),
                        ("clf", clf)])


cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=3)
candidates = {
    "prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=0.3, max_iter=3000),
    "extratrees": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=3),
}
for name, clf in candidates.items():
    pipe = make_pipe(clf) if name != "prior" else clf
    oof = cross_val_predict(pipe, X, y, groups=groups, cv=cv, method="predict_proba")[:, 1]
    print(f"{name:11s} AUC {roc_auc_score(y, oof):.4f}  AP {average_precision_score(y, oof):.4f}")
