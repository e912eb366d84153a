#car insurance claim - logit w/ statsmodels
#data: car_insurance_claim.csv (kaggle), CLAIM_FLAG target
import pandas as pd
import numpy as np
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, confusion_matrix, classification_report
import matplotlib.pyplot as plt

df = pd.read_csv('car_insurance_claim.csv')
print(df.shape)
print(df.head())
print(df.dtypes)

#money columns come as strings like "$12,345"
money = ['INCOME', 'HOME_VAL', 'BLUEBOOK', 'OLDCLAIM', 'CLM_AMT']
for m in money:
    df[m] = df[m].astype(str).str.replace('$', '', regex=False).str.replace(',', '', regex=False)
    df[m] = pd.to_numeric(df[m], errors='coerce')

#clean "z_" prefixes
for c in df.select_dtypes('object').columns:
    df[c] = df[c].str.replace('z_', '', regex=False)

print(df.isnull().sum())
print(df.CLAIM_FLAG.value_counts())

#claim amount only exists when there was a claim -> not usable
df = df.drop(['ID', 'BIRTH', 'CLM_AMT'], axis=1)

df.groupby('CAR_TYPE').CLAIM_FLAG.mean().plot.bar()
plt.show()
print(df.groupby('URBANICITY').CLAIM_FLAG.mean())
print(df.groupby('REVOKED').CLAIM_FLAG.mean())
print(df.groupby('MSTATUS').CLAIM_FLAG.mean())

df = df.rename(columns={'PARENT1': 'SINGLE_PARENT'})
df['HOMEOWNER'] = (df['HOME_VAL'] > 0).astype(float)
df['HOMEOWNER'][df['HOME_VAL'].isnull()] = np.nan
df['LOG_BLUEBOOK'] = np.log(df['BLUEBOOK'])
df['ANY_OLDCLAIM'] = (df['OLDCLAIM'] > 0).astype(int)

train, test = train_test_split(df, test_size=0.3, random_state=10)
train = train.copy(); test = test.copy()

#impute from train only
fill = {'AGE': train.AGE.median(), 'YOJ': train.YOJ.median(), 'INCOME': train.INCOME.median(),
        'HOME_VAL': train.HOME_VAL.median(), 'CAR_AGE': train.CAR_AGE.median(),
        'HOMEOWNER': train.HOMEOWNER.mode()[0], 'OCCUPATION': 'Unknown'}
train = train.fillna(fill)
test = test.fillna(fill)
train['CAR_AGE'] = train['CAR_AGE'].clip(lower=0)
test['CAR_AGE'] = test['CAR_AGE'].clip(lower=0)
train['LOG_INCOME'] = np.log1p(train.INCOME)
test['LOG_INCOME'] = np.log1p(test.INCOME)

f = ('CLAIM_FLAG ~ KIDSDRIV + AGE + HOMEKIDS + YOJ + LOG_INCOME + C(SINGLE_PARENT) + HOMEOWNER'
     ' + C(MSTATUS) + C(GENDER) + C(EDUCATION) + C(OCCUPATION) + TRAVTIME + C(CAR_USE) + LOG_BLUEBOOK'
     ' + TIF + C(CAR_TYPE) + C(RED_CAR) + ANY_OLDCLAIM + CLM_FREQ + C(REVOKED) + MVR_PTS + CAR_AGE + C(URBANICITY)')
m = smf.logit(f, data=train).fit(maxiter=200)
print(m.summary())

#drop the obviously useless ones and refit
f2 = f.replace(' + C(RED_CAR)', '').replace(' + C(GENDER)', '').replace(' + AGE', '')
m2 = smf.logit(f2, data=train).fit(maxiter=200)
print(m2.summary2())
print('AIC', m.aic, m2.aic)

p = m2.predict(test)
print('test auc', roc_auc_score(test.CLAIM_FLAG, p))
print('gini', 2*roc_auc_score(test.CLAIM_FLAG, p)-1)
print(confusion_matrix(test.CLAIM_FLAG, p > 0.35))
print(classification_report(test.CLAIM_FLAG, p > 0.35))

odds = np.exp(m2.params).sort_values()
print(odds)
