"""ICU mortality: model comparison and an alerting threshold.

Model and threshold are chosen with grouped CV on the training patients; the held-out
patients are scored once at the end.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

stays = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
chart = pd.read_csv("chartevents.csv")
labs = pd.read_csv("labs.csv")
dx = pd.read_csv("diagnoses.csv")


def first_day(ev, col):
    ev = ev[(ev.hours_since_intime >= 0) & (ev.hours_since_intime < 24)]
    t = ev.groupby(["stay_id", col]).value.agg(["min", "max", "mean"]).unstack()
    t.columns = [f"{n}_{s}" for s, n in t.columns]
    return t


ts = first_day(chart, "variable").join(first_day(labs, "lab_name"), how="outer")
n_dx = dx.groupby("hadm_id").icd10_code.nunique().rename("n_dx")
sepsis = dx[dx.icd10_code.str[:3].isin(["A40", "A41", "R65"])].hadm_id.unique()


def prep(df):
    out = df.join(ts, on="stay_id").join(n_dx, on="hadm_id")
    out["sepsis"] = out.hadm_id.isin(sepsis).astype(int)
    out["male"] = (out.gender == "M").astype(int)
    out["emergency"] = (out.admission_type == "EMERGENCY").astype(int)
    return out


data = prep(stays)
test_f = prep(test)
FEATS = ["age", "male", "emergency", "sepsis", "n_dx"] + list(ts.columns)

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=5)
tr_i, te_i = next(gss.split(data, groups=data.patient_id))
tr, te = data.iloc[tr_i], data.iloc[te_i]
X_tr, y_tr, X_te, y_te = tr[FEATS], tr.hospital_death, te[FEATS], te.hospital_death

candidates = {
    "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                            LogisticRegression(C=0.3, max_iter=4000)),
    "rf": make_pipeline(SimpleImputer(strategy="median"),
                        RandomForestClassifier(n_estimators=500, min_samples_leaf=4, n_jobs=-1, random_state=5)),
    "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=5),
}
cv = GroupKFold(n_splits=5)
oof, cv_auc = {}, {}
for name, m in candidates.items():
    oof[name] = cross_val_predict(m, X_tr, y_tr, groups=tr.patient_id, cv=cv, method="predict_proba")[:, 1]
    cv_auc[name] = roc_auc_score(y_tr, oof[name])
    print(f"{name:7s} CV AUROC = {cv_auc[name]:.4f}")

best_name = max(cv_auc, key=cv_auc.get)
print("best model:", best_name)

# threshold for the alert: maximise F1 on the out-of-fold training predictions
grid = np.linspace(0.05, 0.8, 76)
f1s = [f1_score(y_tr, oof[best_name] >= t) for t in grid]
thr = grid[int(np.argmax(f1s))]
print(f"chosen threshold {thr:.2f} (CV F1 {max(f1s):.3f})")

best = candidates[best_name].fit(X_tr, y_tr)
p_te = best.predict_proba(X_te)[:, 1]
print(f"held-out: AUROC={roc_auc_score(y_te, p_te):.3f} F1={f1_score(y_te, p_te >= thr):.3f} "
      f"precision={precision_score(y_te, p_te >= thr):.3f} recall={recall_score(y_te, p_te >= thr):.3f}")

best.fit(data[FEATS], data.hospital_death)
test_f["prediction"] = best.predict_proba(test_f.reindex(columns=FEATS))[:, 1]
test_f[["stay_id", "prediction"]].to_csv("predictions.csv", index=False)
