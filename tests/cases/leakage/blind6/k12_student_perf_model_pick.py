# Student Performance (UCI, math course) - will the student pass the final exam?
# pass = final grade G3 >= 10 (out of 20)

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, AdaBoostClassifier, GradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.naive_bayes import GaussianNB
from xgboost import XGBClassifier
from sklearn.metrics import accuracy_score, f1_score, confusion_matrix, classification_report

df = pd.read_csv('student/student-mat.csv', sep=';')
print(df.shape)
print(df.head())
print(df.describe())
print(df.isnull().sum().sum())

df['pass'] = (df['G3'] >= 10).astype(int)
print(df['pass'].value_counts())

sns.countplot(x='pass', data=df); plt.show()
sns.boxplot(x='studytime', y='G3', data=df); plt.show()
sns.boxplot(x='failures', y='G3', data=df); plt.show()
sns.scatterplot(x='G2', y='G3', hue='pass', data=df); plt.show()

for c in ['sex', 'address', 'higher', 'internet', 'romantic']:
    print(pd.crosstab(df[c], df['pass'], normalize='index').round(2))

# yes/no columns -> 1/0
yes_no = ['schoolsup', 'famsup', 'paid', 'activities', 'nursery', 'higher', 'internet', 'romantic']
for c in yes_no:
    df[c] = df[c].map({'yes': 1, 'no': 0})

df['alc_total'] = df['Dalc'] + df['Walc']
df['parent_edu'] = df['Medu'] + df['Fedu']
df['g_trend'] = df['G2'] - df['G1']

df = df.drop(columns=['G3'])
df = pd.get_dummies(df, columns=['school', 'sex', 'address', 'famsize', 'Pstatus', 'Mjob',
                                 'Fjob', 'reason', 'guardian'], drop_first=True, dtype=int)

X = df.drop('pass', axis=1)
y = df['pass']
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

models = {
    'LogisticRegression': LogisticRegression(max_iter=1000),
    'KNN': KNeighborsClassifier(n_neighbors=7),
    'SVC': SVC(kernel='rbf', C=3),
    'NaiveBayes': GaussianNB(),
    'DecisionTree': DecisionTreeClassifier(max_depth=4, random_state=0),
    'RandomForest': RandomForestClassifier(n_estimators=300, random_state=0),
    'AdaBoost': AdaBoostClassifier(random_state=0),
    'GradientBoosting': GradientBoostingClassifier(random_state=0),
    'XGBoost': XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                             eval_metric='logloss', random_state=0),
}

acc_scores = {}
f1_scores = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    acc_scores[name] = accuracy_score(y_test, pred)
    f1_scores[name] = f1_score(y_test, pred)
    print(f'{name:20s} accuracy: {acc_scores[name]:.4f}   f1: {f1_scores[name]:.4f}')

results = pd.DataFrame({'accuracy': acc_scores, 'f1': f1_scores}).sort_values('accuracy', ascending=False)
print(results)
results['accuracy'].plot.bar(); plt.ylim(0.7, 1.0); plt.show()

best_name = results.index[0]
best_model = models[best_name]
print('Best model:', best_name)

y_pred = best_model.predict(X_test)
print('Final test accuracy:', accuracy_score(y_test, y_pred))
print(classification_report(y_test, y_pred))
sns.heatmap(confusion_matrix(y_test, y_pred), annot=True, fmt='d'); plt.show()
