import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

enc = pd.read_csv("diabetic_data.csv").replace("?", np.nan)
enc["readmitted_30"] = (enc["readmitted"] == "<30").astype(int)
num_cols = ["time_in_hospital", "num_lab_procedures", "num_medications", "number_inpatient", "number_emergency"]
X = enc[num_cols]
y = enc["readmitted_30"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(gss.split(X, y, groups=enc["patient_nbr"]))
model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(max_iter=1000))
model.fit(X.iloc[train_idx], y.iloc[train_idx])
base = DummyClassifier(strategy="prior").fit(X.iloc[train_idx], y.iloc[train_idx])
print("AUC model", roc_auc_score(y.iloc[test_idx], model.predict_proba(X.iloc[test_idx])[:, 1]))
print("AUC baseline", roc_auc_score(y.iloc[test_idx], base.predict_proba(X.iloc[test_idx])[:, 1]))
