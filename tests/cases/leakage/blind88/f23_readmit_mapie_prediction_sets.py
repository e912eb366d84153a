"""Readmission: conformal prediction sets with MAPIE on top of a gradient-boosting model.

Clinicians asked for an "uncertain" flag: stays where the 90 % prediction set contains both
labels are routed to manual review. Patients are split into disjoint fit / calibration /
test sets.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss
from mapie.classification import MapieClassifier
from mapie.metrics import classification_coverage_score, classification_mean_width_score

ALPHA = 0.1
LEAKY = ["readmit_los_days", "post_discharge_er_visits"]

df = pd.read_csv("train.csv")
X = df.drop(columns=["stay_id", "patient_id", "readmitted_30d"] + LEAKY)
y = df["readmitted_30d"].to_numpy()
g = df["patient_id"].to_numpy()

idx = np.arange(len(df))
fit_idx, rest_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.4, random_state=77).split(idx, groups=g))
a, b = next(GroupShuffleSplit(n_splits=1, test_size=0.5, random_state=77).split(rest_idx, groups=g[rest_idx]))
cal_idx, test_idx = rest_idx[a], rest_idx[b]

cats = X.select_dtypes("object").columns.tolist()
nums = [c for c in X.columns if c not in cats]
clf = Pipeline([
    ("prep", ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), nums),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
    ], sparse_threshold=0)),
    ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=77)),
])
clf.fit(X.iloc[fit_idx], y[fit_idx])

dummy = DummyClassifier(strategy="prior").fit(X.iloc[fit_idx], y[fit_idx])
p_test = clf.predict_proba(X.iloc[test_idx])[:, 1]
p_dummy = dummy.predict_proba(X.iloc[test_idx])[:, 1]
print(f"AUC {roc_auc_score(y[test_idx], p_test):.4f}")
print(f"Brier model {brier_score_loss(y[test_idx], p_test):.4f} vs prior {brier_score_loss(y[test_idx], p_dummy):.4f}")

mapie = MapieClassifier(estimator=clf, cv="prefit", method="lac")
mapie.fit(X.iloc[cal_idx], y[cal_idx])
y_pred, y_sets = mapie.predict(X.iloc[test_idx], alpha=ALPHA)
sets = y_sets[:, :, 0]

coverage = classification_coverage_score(y[test_idx], sets)
width = classification_mean_width_score(sets)
both = sets.sum(axis=1) == 2
empty = sets.sum(axis=1) == 0
print(f"target coverage {1 - ALPHA:.2f} | empirical {coverage:.3f} | mean set size {width:.3f}")
print(f"share routed to review (both labels): {both.mean():.3f}, empty sets: {empty.mean():.3f}")

# class-conditional coverage: the guarantee is marginal, check the minority class separately
for cls in (0, 1):
    m = y[test_idx] == cls
    print(f"coverage for class {cls}: {sets[m, cls].mean():.3f}")

test = pd.read_csv("test.csv")
X_sub = test.drop(columns=["stay_id", "patient_id"] + LEAKY)
pd.DataFrame({"stay_id": test["stay_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
