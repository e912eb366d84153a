# Readmission model with a diagnosis risk feature (rate of readmission per primary diagnosis)
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

enc = pd.read_csv('data/encounters.csv')
print(enc.shape)
print(enc['primary_diag'].nunique(), 'distinct primary diagnoses')

# smoothed readmission rate per diagnosis code
global_rate = enc['readmitted_30d'].mean()
stats = enc.groupby('primary_diag')['readmitted_30d'].agg(['sum', 'count'])
m = 50
stats['diag_risk'] = (stats['sum'] + m * global_rate) / (stats['count'] + m)
enc = enc.merge(stats[['diag_risk']], left_on='primary_diag', right_index=True, how='left')
print(stats.sort_values('count', ascending=False).head(10))

enc['male'] = (enc['gender'] == 'M').astype(int)
enc = pd.concat([enc, pd.get_dummies(enc['admission_type'], prefix='adm', dtype=int)], axis=1)
enc['los_days'] = enc['los_days'].clip(upper=30)

feats = ['age', 'male', 'los_days', 'num_lab_procedures', 'num_medications', 'num_prior_inpatient',
         'num_diagnoses', 'diag_risk'] + [c for c in enc.columns if c.startswith('adm_')]
enc = enc.dropna(subset=feats)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr_i, te_i = next(gss.split(enc, groups=enc['patient_id']))
train, test = enc.iloc[tr_i], enc.iloc[te_i]
print(len(train), 'train encounters,', len(test), 'test encounters')

scaler = StandardScaler().fit(train[feats])
logit = LogisticRegression(max_iter=2000, class_weight='balanced')
logit.fit(scaler.transform(train[feats]), train['readmitted_30d'])
p = logit.predict_proba(scaler.transform(test[feats]))[:, 1]

ref = DummyClassifier(strategy='prior').fit(train[feats], train['readmitted_30d'])
p_ref = ref.predict_proba(test[feats])[:, 1]

print('prior    ROC-AUC %.4f PR-AUC %.4f' % (roc_auc_score(test['readmitted_30d'], p_ref),
                                             average_precision_score(test['readmitted_30d'], p_ref)))
print('logistic ROC-AUC %.4f PR-AUC %.4f' % (roc_auc_score(test['readmitted_30d'], p),
                                             average_precision_score(test['readmitted_30d'], p)))
print(pd.Series(logit.coef_[0], index=feats).sort_values())
