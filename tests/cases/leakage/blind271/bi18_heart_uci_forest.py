# heart disease (UCI Cleveland, kaggle heart.csv) - random forest
# goal: see which clinical variables matter + how good a simple model gets

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.metrics import accuracy_score

df = pd.read_csv("heart.csv")
print(df.shape)
print(df.isna().sum().sum(), "missing values")
print(df["target"].value_counts())

# categorical codes -> dummies (cp = chest pain type, thal, slope, restecg)
df = pd.get_dummies(df, columns=["cp", "thal", "slope", "restecg"], drop_first=True)

X = df.drop(columns="target")
y = df["target"]

rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=0)
dummy = DummyClassifier(strategy="most_frequent")

# only ~300 patients -> 5-fold CV instead of a single split
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["accuracy", "roc_auc", "recall"]
for name, model in [("baseline", dummy), ("RF", rf)]:
    res = cross_validate(model, X, y, cv=cv, scoring=scoring)
    print(name, {s: round(res["test_" + s].mean(), 3) for s in scoring})

# final model on all patients (for the importances + scoring new patients)
rf.fit(X, y)
print("training accuracy (in-sample, not an estimate):", round(accuracy_score(y, rf.predict(X)), 3))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print("\nTop features:")
print(imp.head(10).round(3))

# new unlabeled patients from the clinic export
new_patients = pd.read_csv("heart_new_patients.csv")
X_test = pd.get_dummies(new_patients, columns=["cp", "thal", "slope", "restecg"], drop_first=True)
X_test = X_test.reindex(columns=X.columns, fill_value=0)
new_patients["risk"] = rf.predict_proba(X_test)[:, 1]
new_patients.to_csv("heart_new_patients_scored.csv", index=False)
print(new_patients["risk"].describe())
