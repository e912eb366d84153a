"""Card fraud: SMOTE + random forest inside an imblearn Pipeline, evaluated with
a hand-written stratified fold generator passed straight to cross_validate."""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_validate

info = json.load(open("task.json"))
TARGET, ID = info["target"], info["id_column"]
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train[TARGET].value_counts(normalize=True))


def encode(d, cats):
    out = d.drop(columns=[ID, "chargeback_flag", TARGET], errors="ignore").copy()
    out["merchant_category"] = pd.Categorical(out["merchant_category"], categories=cats).codes
    return out


cats = sorted(train["merchant_category"].unique())
X_all = encode(train, cats)
y_all = train[TARGET].values
X_sub = encode(test, cats)


def stratified_folds(y, k=5, seed=0):
    rng = np.random.default_rng(seed)
    assignment = np.zeros(len(y), dtype=int)
    for label in (0, 1):
        members = rng.permutation(np.where(y == label)[0])
        for j, chunk in enumerate(np.array_split(members, k)):
            assignment[chunk] = j
    for j in range(k):
        yield np.where(assignment != j)[0], np.where(assignment == j)[0]


folds = list(stratified_folds(y_all))

pipe = ImbPipeline([
    ("smote", SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=0)),
    ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0)),
])
scoring = {"ap": "average_precision", "auc": "roc_auc"}
res = cross_validate(pipe, X_all, y_all, cv=folds, scoring=scoring, return_train_score=False)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X_all, y_all, cv=folds, scoring=scoring)

print("SMOTE+RF : AP %.4f +- %.4f | AUC %.4f" % (res["test_ap"].mean(), res["test_ap"].std(),
                                                  res["test_auc"].mean()))
print("baseline : AP %.4f | AUC %.4f" % (res_dummy["test_ap"].mean(), res_dummy["test_auc"].mean()))

pipe.fit(X_all, y_all)
imp = pd.Series(pipe.named_steps["rf"].feature_importances_, index=X_all.columns)
print(imp.sort_values(ascending=False).round(3))
pd.DataFrame({ID: test[ID], "prediction": pipe.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
