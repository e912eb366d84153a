# Radiomics feature reduction with RFE, then patient-grouped CV.
# RFE ranks by random-forest importance and drops 10% per step down to 20 features.

import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

data = pd.read_csv("train.csv")
meta = pd.read_csv("metadata.csv")
data = data.merge(meta[["patient_id", "age", "smoking_pack_years"]], on="patient_id")

candidates = [c for c in data.columns if c.startswith("original_")] + ["age", "smoking_pack_years"]
X = data[candidates]
y = data["malignant"]

rfe = RFE(RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1),
          n_features_to_select=20, step=0.1)
rfe.fit(X, y)
selected = list(X.columns[rfe.support_])
print("RFE kept %d features:" % len(selected))
for f in selected:
    print("   ", f)

model = make_pipeline(StandardScaler(), SVC(C=1.0, kernel="rbf", class_weight="balanced"))
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=8)
res = cross_validate(model, X[selected], y, groups=data["patient_id"], cv=cv,
                     scoring=["roc_auc", "balanced_accuracy", "recall"])
for key in ["test_roc_auc", "test_balanced_accuracy", "test_recall"]:
    print(f"{key:24s} {res[key].mean():.3f} +/- {res[key].std():.3f}")

model.set_params(svc__probability=True)
model.fit(X[selected], y)
test = pd.read_csv("test.csv").merge(meta[["patient_id", "age", "smoking_pack_years"]], on="patient_id")
pd.DataFrame({"slice_id": test["slice_id"],
              "prediction": model.predict_proba(test[selected])[:, 1]}).to_csv("predictions.csv", index=False)
