import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.metrics import roc_auc_score, classification_report, confusion_matrix

# load
train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')

def feats(d):
    d = d.copy()
    appt = pd.to_datetime(d['appointment_at'])
    sched = pd.to_datetime(d['scheduled_at'])
    d['appt_wd'] = appt.dt.weekday
    d['appt_month'] = appt.dt.month
    d['sched_hour'] = sched.dt.hour
    d['waiting'] = (appt.dt.normalize() - sched.dt.normalize()).dt.days
    d['gender'] = d['gender'].map({'F': 0, 'M': 1})
    d['young'] = (d['age'] < 18).astype(int)
    d['elderly'] = (d['age'] >= 65).astype(int)
    return d

train = feats(train)
test = feats(test)

cols = ['waiting', 'lead_days', 'sms_sent', 'age', 'young', 'elderly', 'gender', 'scholarship',
        'hypertension', 'diabetes', 'alcoholism', 'handicap', 'appt_wd', 'appt_month', 'sched_hour']

X = train[cols]
y = train['no_show']

model = xgb.XGBClassifier(
    n_estimators=350,
    max_depth=6,
    learning_rate=0.05,
    subsample=0.9,
    colsample_bytree=0.9,
    scale_pos_weight=(y == 0).sum() / (y == 1).sum(),
    eval_metric='auc',
)
model.fit(X, y)

# how good is it?
p = model.predict_proba(X)[:, 1]
print('ROC AUC:', roc_auc_score(y, p))
print(confusion_matrix(y, (p > 0.5).astype(int)))
print(classification_report(y, (p > 0.5).astype(int)))

importance = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(importance)

test['prediction'] = model.predict_proba(test[cols])[:, 1]
test[['appointment_id', 'prediction']].to_csv('predictions.csv', index=False)
print('done', test.shape)
