# -----------------------------------------------------------------------------
# Vehicle insurance claim fraud
# requirements: pandas, numpy, imbalanced-learn, scikit-learn
# run:          python y47_vehicle_insurance_fraud_oversample_cv.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - PolicyNumber and RepNumber are identifiers and are dropped
#   - metrics go to stdout; artefacts to results/y47_vehicle_insurance_fraud_oversample_cv.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Vehicle insurance claim fraud (fraud_oracle.csv).

Only ~6% of claims are fraudulent. Random over-sampling balances the classes,
then a random forest is evaluated with stratified 5-fold cross-validation.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

claims = pd.read_csv("fraud_oracle.csv")
print(claims.shape, "fraud rate:", round(claims["FraudFound_P"].mean(), 4))

claims = claims.drop(columns=["PolicyNumber", "RepNumber"])
claims = claims[claims["Age"] > 0]

ordinal_maps = {
    "VehiclePrice": {"less than 20000": 0, "20000 to 29000": 1, "30000 to 39000": 2,
                     "40000 to 59000": 3, "60000 to 69000": 4, "more than 69000": 5},
    "AgeOfVehicle": {"new": 0, "2 years": 2, "3 years": 3, "4 years": 4, "5 years": 5,
                     "6 years": 6, "7 years": 7, "more than 7": 8},
    "NumberOfSuppliments": {"none": 0, "1 to 2": 1, "3 to 5": 2, "more than 5": 3},
}
for col, mapping in ordinal_maps.items():
    claims[col] = claims[col].map(mapping)

y = claims.pop("FraudFound_P")
X = pd.get_dummies(claims, drop_first=True)
print("features after encoding:", X.shape[1])

ros = RandomOverSampler(random_state=5)
X_bal, y_bal = ros.fit_resample(X, y)
print("after over-sampling:", np.bincount(y_bal))

rf = RandomForestClassifier(n_estimators=300, max_depth=None, n_jobs=-1, random_state=5)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
res = cross_validate(rf, X_bal, y_bal, cv=cv,
                     scoring=["roc_auc", "recall", "precision", "f1"])

for metric in ["roc_auc", "recall", "precision", "f1"]:
    vals = res[f"test_{metric}"]
    print(f"{metric:9s} {vals.mean():.4f} +/- {vals.std():.4f}")


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y47_vehicle_insurance_fraud_oversample_cv.json", "w") as fh:
    json.dump({"script": "y47_vehicle_insurance_fraud_oversample_cv", "n_rows": int(len(claims))}, fh, indent=2)
print("saved results/y47_vehicle_insurance_fraud_oversample_cv.json")
