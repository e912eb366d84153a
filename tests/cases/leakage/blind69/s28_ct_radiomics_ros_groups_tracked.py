# Lung CT radiomics -> malignant (slice level)
# RandomOverSampler keeps the index of each copy (sample_indices_), so I can carry the
# patient ids along and still use GroupKFold afterwards.

import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
features = [c for c in df.columns if c.startswith("original_")]
X = df[features].to_numpy()
y = df["malignant"].to_numpy()
patients = df["patient_id"].to_numpy()
print("class counts before:", np.bincount(y))

ros = RandomOverSampler(random_state=0)
X_res, y_res = ros.fit_resample(X, y)
patients_res = patients[ros.sample_indices_]
print("class counts after :", np.bincount(y_res))

accs = []
gkf = GroupKFold(n_splits=5)
for i, (tr, te) in enumerate(gkf.split(X_res, y_res, patients_res)):
    clf = ExtraTreesClassifier(n_estimators=500, max_features="sqrt", random_state=i, n_jobs=-1)
    clf.fit(X_res[tr], y_res[tr])
    acc = accuracy_score(y_res[te], clf.predict(X_res[te]))
    accs.append(acc)
    print(f"fold {i}: accuracy = {acc:.3f}  ({len(set(patients_res[te]))} patients)")

print("mean accuracy: %.3f +/- %.3f" % (np.mean(accs), np.std(accs)))

clf = ExtraTreesClassifier(n_estimators=500, max_features="sqrt", random_state=0, n_jobs=-1)
clf.fit(X_res, y_res)
test = pd.read_csv("test.csv")
pd.DataFrame({"slice_id": test["slice_id"],
              "prediction": clf.predict_proba(test[features].to_numpy())[:, 1]}).to_csv(
    "predictions.csv", index=False)
