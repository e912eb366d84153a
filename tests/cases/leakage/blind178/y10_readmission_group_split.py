"""30-day readmission with patient-level splits.

A patient can have many encounters; all of a patient's encounters go to the
same side of every split so the score reflects unseen patients.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv("diabetic_data.csv", na_values="?")
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]

enc_per_patient = df.groupby("patient_nbr").size()
print("mean encounters per patient: %.2f" % enc_per_patient.mean())

y = (df["readmitted"] == "<30").astype(int).values
groups = df["patient_nbr"].values
X = df.drop(columns=["encounter_id", "patient_nbr", "readmitted",
                     "weight", "payer_code"])

cat_cols = X.select_dtypes(include="object").columns.tolist()
num_cols = [c for c in X.columns if c not in cat_cols]

prep = ColumnTransformer([
    ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="NA")),
                      ("enc", OrdinalEncoder(handle_unknown="use_encoded_value",
                                             unknown_value=-1))]), cat_cols),
    ("num", SimpleImputer(strategy="median"), num_cols),
])
model = Pipeline([("prep", prep),
                  ("clf", HistGradientBoostingClassifier(max_iter=250, random_state=1))])

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
train_idx, test_idx = next(gss.split(X, y, groups))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y[train_idx], y[test_idx]
g_train = groups[train_idx]
assert not set(g_train) & set(groups[test_idx])

cv_auc = cross_val_score(model, X_train, y_train, groups=g_train,
                         cv=GroupKFold(n_splits=5), scoring="roc_auc")
print("GroupKFold AUC: %.3f +/- %.3f" % (cv_auc.mean(), cv_auc.std()))

model.fit(X_train, y_train)
print("held-out patients AUC: %.3f"
      % roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
