# Readmission (30 days) - grouped cross-validation study
#
# 5-fold GroupKFold on patient_id so that no patient is in both the training and
# the validation folds. Three classifiers + the majority-class baseline, fold
# scores compared with paired t-tests, and a per-fold table for the report.
import numpy as np
import pandas as pd
from scipy.stats import ttest_rel
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("data/encounters.csv")
y = df["readmitted_30d"].to_numpy()
patients = df["patient_id"].to_numpy()
X = pd.get_dummies(df.drop(columns=["encounter_id", "patient_id", "readmitted_30d", "post_discharge_calls"]),
                   columns=["sex", "admission_type", "primary_diagnosis", "hba1c_result", "discharge_to"], dtype=float)
X = X.fillna(-1)  # a handful of missing values; -1 sentinel is fine for trees, rare for the rest
X = X.to_numpy()

classifiers = {
    "majority_baseline": lambda: DummyClassifier(strategy="most_frequent"),
    "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)),
    "knn": lambda: make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=25)),
    "forest": lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
}

gkf = GroupKFold(n_splits=5)
per_fold = {name: [] for name in classifiers}
for fold, (tr, va) in enumerate(gkf.split(X, y, groups=patients)):
    for name, make in classifiers.items():
        clf = make().fit(X[tr], y[tr])
        per_fold[name].append(accuracy_score(y[va], clf.predict(X[va])))

folds = pd.DataFrame(per_fold)
folds.index.name = "fold"
print(folds.round(4))
print(folds.agg(["mean", "std"]).T.round(4))

for name in ["logreg", "knn", "forest"]:
    t, p = ttest_rel(folds[name], folds["majority_baseline"])
    print(f"{name:8s} vs majority baseline: mean diff {(folds[name] - folds['majority_baseline']).mean():+.4f}, t={t:.2f}, p={p:.3f}")
t, p = ttest_rel(folds["forest"], folds["logreg"])
print(f"forest vs logreg: t={t:.2f}, p={p:.3f}")
