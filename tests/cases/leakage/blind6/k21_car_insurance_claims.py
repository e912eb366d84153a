# Car Insurance Claim Prediction - will the policyholder file a claim in the next 6 months?
# 58k policies, ~6.4% claims

import re
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from lightgbm import LGBMClassifier
from sklearn.metrics import roc_auc_score, classification_report, confusion_matrix, f1_score

df = pd.read_csv('car_insurance/train.csv')
print(df.shape)
print(df.head().T)
print(df['is_claim'].value_counts(normalize=True))
print(df.nunique().sort_values())

sns.kdeplot(data=df, x='policy_tenure', hue='is_claim', common_norm=False); plt.show()
sns.kdeplot(data=df, x='age_of_car', hue='is_claim', common_norm=False); plt.show()
sns.countplot(x='area_cluster', hue='is_claim', data=df); plt.xticks(rotation=90); plt.show()

# ------------------------------------------------------------ parsing
def split_torque(s):
    # '60Nm@3500rpm' -> (60.0, 3500.0)
    nums = re.findall(r'[\d.]+', s)
    return float(nums[0]), float(nums[1])

def split_power(s):
    # '40.36bhp@6000rpm'
    nums = re.findall(r'[\d.]+', s)
    return float(nums[0]), float(nums[1])

df[['torque_nm', 'torque_rpm']] = df['max_torque'].apply(lambda s: pd.Series(split_torque(s)))
df[['power_bhp', 'power_rpm']] = df['max_power'].apply(lambda s: pd.Series(split_power(s)))

bool_cols = [c for c in df.columns if c.startswith('is_') and c != 'is_claim']
for c in bool_cols:
    df[c] = df[c].map({'Yes': 1, 'No': 0})

df['volume'] = df['length'] * df['width'] * df['height'] / 1e9
df['power_to_weight'] = df['power_bhp'] / df['gross_weight']
df['car_age_ratio'] = df['age_of_car'] / (df['age_of_policyholder'] + 1e-3)

# ------------------------------------------------------------ risk of the area / the model
# claim frequency of each area cluster and car model
df['area_claim_rate'] = df.groupby('area_cluster')['is_claim'].transform('mean')
df['model_claim_rate'] = df.groupby('model')['is_claim'].transform('mean')
print(df.groupby('area_cluster')['area_claim_rate'].first().sort_values().tail())

cat_cols = ['segment', 'fuel_type', 'engine_type', 'rear_brakes_type', 'transmission_type',
            'steering_type', 'make']
df = pd.get_dummies(df, columns=cat_cols, drop_first=True, dtype=int)
df = df.drop(columns=['policy_id', 'area_cluster', 'model', 'max_torque', 'max_power'])

X = df.drop(columns='is_claim')
y = df['is_claim']

smote = SMOTE(sampling_strategy=0.5, random_state=0)
X_sm, y_sm = smote.fit_resample(X, y)
print(y_sm.value_counts())

X_train, X_test, y_train, y_test = train_test_split(X_sm, y_sm, test_size=0.2, stratify=y_sm,
                                                    random_state=0)

lgbm = LGBMClassifier(n_estimators=800, learning_rate=0.03, num_leaves=63,
                      subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=0)
lgbm.fit(X_train, y_train)
proba = lgbm.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print('LGBM  AUC:', round(roc_auc_score(y_test, proba), 4), ' F1:', round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred))
print(confusion_matrix(y_test, pred))

fi = pd.Series(lgbm.feature_importances_, index=X.columns).sort_values(ascending=False)
print(fi.head(20))
