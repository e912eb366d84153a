# -*- coding: utf-8 -*-
"""
Readmission (30 days) model.

Only ~12% of admissions are readmitted, so the minority class is oversampled
first. Evaluation: StratifiedGroupKFold with patient_id as the group.
"""
import logging

import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import make_scorer, recall_score, roc_auc_score, average_precision_score
from sklearn.model_selection import StratifiedGroupKFold, cross_validate

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("readmit")

RANDOM_STATE = 1234
CHAPTERS = list("ABCDEFGHIJKLMNOPQRSTZ")


def load_features(path):
    raw = pd.read_csv(path, parse_dates=["admit_date"])
    dx = raw["diagnoses"].fillna("").str.upper().str.split(";")
    feats = pd.DataFrame(index=raw.index)
    feats["los_days"] = raw["los_days"]
    feats["log_los"] = np.log1p(raw["los_days"])
    feats["n_codes"] = dx.str.len()
    feats["n_chapters"] = dx.apply(lambda codes: len({c.strip()[:1] for c in codes if c.strip()}))
    for ch in CHAPTERS:
        feats[f"ch_{ch}"] = dx.apply(lambda codes, ch=ch: int(any(c.strip().startswith(ch) for c in codes)))
    feats["admit_month"] = raw["admit_date"].dt.month
    feats["admit_weekday"] = raw["admit_date"].dt.weekday
    return raw, feats


raw, X = load_features("train.csv")
y = raw["readmit_30d"].astype(int)
groups = raw["patient_id"]
log.info("X %s, positive rate %.3f, %d patients", X.shape, y.mean(), groups.nunique())

ros = RandomOverSampler(sampling_strategy=0.5, random_state=RANDOM_STATE)
X, y = ros.fit_resample(X, y)
groups = groups.iloc[ros.sample_indices_].reset_index(drop=True)
log.info("after oversampling: %s, positive rate %.3f", X.shape, y.mean())

pipe = ImbPipeline(steps=[
    ("forest", RandomForestClassifier(n_estimators=400, min_samples_leaf=5, max_features="sqrt",
                                      n_jobs=-1, random_state=RANDOM_STATE)),
])

cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
scoring = {
    "roc_auc": "roc_auc",
    "avg_precision": "average_precision",
    "recall": make_scorer(recall_score),
}

scores = cross_validate(pipe, X, y, groups=groups, cv=cv, scoring=scoring, n_jobs=1)
baseline = cross_validate(DummyClassifier(strategy="stratified", random_state=RANDOM_STATE),
                          X, y, groups=groups, cv=cv, scoring=scoring)

for name in scoring:
    m, s = scores[f"test_{name}"].mean(), scores[f"test_{name}"].std()
    b = baseline[f"test_{name}"].mean()
    log.info("%-14s model %.3f +/- %.3f   baseline %.3f", name, m, s, b)

# Sanity check on one fold, computed by hand
fit_idx, ev_idx = next(cv.split(X, y, groups))
assert not set(groups.iloc[fit_idx]) & set(groups.iloc[ev_idx])
pipe.fit(X.iloc[fit_idx], y.iloc[fit_idx])
p = pipe.predict_proba(X.iloc[ev_idx])[:, 1]
log.info("fold 0: AUC %.3f AP %.3f", roc_auc_score(y.iloc[ev_idx], p), average_precision_score(y.iloc[ev_idx], p))

# Submission
pipe.fit(X, y)
raw_test, X_test = load_features("test.csv")
out = pd.DataFrame({"admission_id": raw_test["admission_id"], "prediction": pipe.predict_proba(X_test)[:, 1]})
out.to_csv("predictions.csv", index=False)
log.info("saved %d predictions", len(out))
