from sklearn.feature_selection import *
from sklearn.preprocessing import *
from sklearn.model_selection import *
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt

df = pd.read_csv('adult.csv', na_values='?').dropna()
df['income'] = df['income'].str.strip().map({'<=50K': 0, '>50K': 1})
df = df.drop(columns=['fnlwgt'])

X = pd.get_dummies(df.drop(columns='income'), drop_first=True).astype(float)
y = df['income'].values
print(X.shape)
print(df['income'].value_counts())
print(df.groupby('education.num')['age'].median())

# rank the one-hot features by mutual information with income, keep the top 25
mi = mutual_info_classif(X, y, discrete_features='auto', random_state=0)
mi = pd.Series(mi, index=X.columns).sort_values(ascending=False)
mi.head(30).plot(kind='bar', figsize=(14, 4))
plt.tight_layout()
plt.show()

top = mi.head(25).index
X_top = X[top]

X_train, X_test, y_train, y_test = train_test_split(X_top, y, test_size=0.2, random_state=0, stratify=y)

model = make_pipeline(MinMaxScaler(), LogisticRegression(max_iter=2000))
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print('accuracy: %.4f' % accuracy_score(y_test, proba > 0.5))
print('ROC AUC : %.4f' % roc_auc_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))

coef = pd.Series(model[-1].coef_[0], index=top).sort_values()
coef.plot(kind='barh', figsize=(6, 8))
plt.show()
