"""Diabetes 130-US hospitals: 30-day readmission with a patient-level split.

Many patients have several encounters, so the test set is made of patients
that never appear in the training set.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, classification_report

df = pd.read_csv('data/diabetic_data.csv').replace('?', np.nan)
print(df.shape, 'unique patients:', df['patient_nbr'].nunique())
enc_per_patient = df.groupby('patient_nbr').size()
print('patients with >1 encounter:', (enc_per_patient > 1).sum())

df = df[~df['discharge_disposition_id'].isin([11, 13, 14, 19, 20, 21])].reset_index(drop=True)
df['target'] = (df['readmitted'] == '<30').astype(int)

num_cols = ['time_in_hospital', 'num_lab_procedures', 'num_procedures', 'num_medications',
            'number_outpatient', 'number_emergency', 'number_inpatient', 'number_diagnoses']
cat_cols = ['race', 'gender', 'age', 'admission_type_id', 'discharge_disposition_id',
            'admission_source_id', 'A1Cresult', 'max_glu_serum', 'insulin', 'change', 'diabetesMed']
X = df[num_cols + cat_cols].copy()
X[cat_cols] = X[cat_cols].astype(str)
y = df['target']

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
train_idx, test_idx = next(gss.split(X, y, groups=df['patient_nbr']))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
shared = set(df.loc[train_idx, 'patient_nbr']) & set(df.loc[test_idx, 'patient_nbr'])
print('patients on both sides:', len(shared))

pre = ColumnTransformer([
    ('num', StandardScaler(), num_cols),
    ('cat', OneHotEncoder(handle_unknown='ignore', min_frequency=20), cat_cols),
])
model = Pipeline([('pre', pre), ('clf', LogisticRegression(max_iter=3000, class_weight='balanced'))])
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy='prior').fit(X_train, y_train)
d_proba = dummy.predict_proba(X_test)[:, 1]
print('Dummy  ROC AUC %.4f | AP %.4f' % (roc_auc_score(y_test, d_proba), average_precision_score(y_test, d_proba)))
print('LogReg ROC AUC %.4f | AP %.4f' % (roc_auc_score(y_test, proba), average_precision_score(y_test, proba)))
print('LogReg F1 %.4f' % f1_score(y_test, pred))
print(classification_report(y_test, pred))
