from sklearn.feature_selection import *
from sklearn.linear_model import *
from sklearn.model_selection import *
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt

df = pd.read_csv('heart.csv')
print(df.shape)
print(df.isnull().sum().sum(), 'missing')

df = pd.get_dummies(df, columns=['cp', 'thal', 'slope'], drop_first=True)
X = df.drop('target', axis=1)
y = df['target']
cols = X.columns

# recursive feature elimination down to 8 features
lr = LogisticRegression(max_iter=5000)
rfe = RFE(lr, n_features_to_select=8)
rfe.fit(X, y)
ranking = pd.Series(rfe.ranking_, index=cols).sort_values()
print(ranking)
selected = cols[rfe.support_]
print('selected:', list(selected))

X_sel = X[selected]

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))

acc_all = cross_val_score(pipe, X, y, cv=cv, scoring='accuracy')
acc_sel = cross_val_score(pipe, X_sel, y, cv=cv, scoring='accuracy')
auc_sel = cross_val_score(pipe, X_sel, y, cv=cv, scoring='roc_auc')

print('all features     : %.3f +/- %.3f' % (acc_all.mean(), acc_all.std()))
print('RFE 8 features   : %.3f +/- %.3f' % (acc_sel.mean(), acc_sel.std()))
print('RFE 8 AUC        : %.3f' % auc_sel.mean())

plt.boxplot([acc_all, acc_sel], labels=['all', 'rfe-8'])
plt.ylabel('10-fold accuracy')
plt.show()
