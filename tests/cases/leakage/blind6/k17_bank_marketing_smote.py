# Bank Marketing (UCI) - will the client subscribe a term deposit?
# bank-additional-full.csv, 41188 rows, ~11% positive

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.metrics import (classification_report, confusion_matrix, roc_auc_score,
                             f1_score, precision_recall_curve, average_precision_score)
from xgboost import XGBClassifier

bank = pd.read_csv('bank-additional/bank-additional-full.csv', sep=';')
print(bank.shape)
print(bank.head())
bank.info()
print(bank['y'].value_counts(normalize=True))

cat_cols = bank.select_dtypes('object').columns.drop('y').tolist()
num_cols = bank.select_dtypes('number').columns.tolist()
print(cat_cols)
print(num_cols)

for c in cat_cols:
    rate = bank.groupby(c)['y'].apply(lambda s: (s == 'yes').mean()).sort_values()
    print(c, rate.round(3).to_dict())

fig, axes = plt.subplots(2, 3, figsize=(18, 9))
for ax, c in zip(axes.ravel(), ['age', 'campaign', 'pdays', 'euribor3m', 'emp.var.rate', 'cons.conf.idx']):
    sns.histplot(data=bank, x=c, hue='y', bins=40, ax=ax, stat='density', common_norm=False)
plt.tight_layout(); plt.show()

# duration is only known after the call ends -> not usable for a real campaign model
bank = bank.drop(columns=['duration'])

bank['y'] = (bank['y'] == 'yes').astype(int)
bank['contacted_before'] = (bank['pdays'] != 999).astype(int)
bank['pdays'] = bank['pdays'].replace(999, -1)
bank['many_calls'] = (bank['campaign'] > 5).astype(int)

bank = pd.get_dummies(bank, columns=cat_cols, drop_first=True, dtype=int)
print(bank.shape)

X = bank.drop('y', axis=1)
y = bank['y']

# balance the classes before training
sm = SMOTE(random_state=27, k_neighbors=5)
X_res, y_res = sm.fit_resample(X, y)
print('after SMOTE:', pd.Series(y_res).value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.25,
                                                    random_state=27, stratify=y_res)

xgb = XGBClassifier(n_estimators=600, learning_rate=0.05, max_depth=5, subsample=0.8,
                    colsample_bytree=0.8, eval_metric='auc', random_state=27, n_jobs=-1)
xgb.fit(X_train, y_train)

proba = xgb.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print('ROC AUC :', round(roc_auc_score(y_test, proba), 4))
print('PR AUC  :', round(average_precision_score(y_test, proba), 4))
print('F1      :', round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred))

sns.heatmap(confusion_matrix(y_test, pred), annot=True, fmt='d', cmap='Greens')
plt.show()

p, r, _ = precision_recall_curve(y_test, proba)
plt.plot(r, p); plt.xlabel('recall'); plt.ylabel('precision'); plt.show()

imp = pd.Series(xgb.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.head(20).plot.barh(figsize=(8, 8)); plt.gca().invert_yaxis(); plt.show()
