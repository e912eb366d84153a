# Bank Marketing (UCI) - will the client subscribe a term deposit?
# Mean/target encoding for the categorical columns + gradient boosting
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report

bank = pd.read_csv('bank-additional-full.csv', sep=';')
print(bank.shape)
print(bank.head())

bank['y'] = bank['y'].map({'yes': 1, 'no': 0})
print(bank['y'].value_counts())

# duration is only known after the call has ended, so drop it (see dataset description)
bank = bank.drop(columns=['duration'])

plt.figure(figsize=(12, 4))
sns.countplot(x='job', hue='y', data=bank)
plt.xticks(rotation=45)
plt.show()

cat_cols = ['job', 'marital', 'education', 'default', 'housing', 'loan', 'contact', 'poutcome']

# encode each category by the subscription rate it has
for col in cat_cols:
    rates = bank.groupby(col)['y'].mean()
    bank[col + '_rate'] = bank[col].map(rates)
    print(col, rates.round(3).to_dict())

bank = bank.drop(columns=cat_cols)
bank = pd.get_dummies(bank, columns=['month', 'day_of_week'], drop_first=True)

X = bank.drop(columns='y')
y = bank['y']
print(X.columns.tolist())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3, stratify=y)

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=3)
gb.fit(X_train, y_train)

proba = gb.predict_proba(X_test)[:, 1]
print('ROC AUC :', roc_auc_score(y_test, proba))
print('Accuracy:', accuracy_score(y_test, proba > 0.5))
print(classification_report(y_test, proba > 0.5))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.head(20).plot(kind='bar', figsize=(12, 4))
plt.tight_layout()
plt.show()
