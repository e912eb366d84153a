# Pima Indians Diabetes - feature selection with SelectKBest then logistic regression
import numpy as np
import pandas as pd
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score

names = ['preg', 'plas', 'pres', 'skin', 'test', 'mass', 'pedi', 'age', 'class']
dataframe = pd.read_csv('pima-indians-diabetes.csv', names=names)
print(dataframe.shape)
print(dataframe.head(10))
print(dataframe.describe())

# zeros in these columns are really missing values, just count them for now
for c in ['plas', 'pres', 'skin', 'test', 'mass']:
    print(c, (dataframe[c] == 0).sum())

sns.pairplot(dataframe, hue='class', vars=['plas', 'mass', 'age', 'pedi'])
plt.savefig('pairplot.png')

array = dataframe.values
X = array[:, 0:8]
Y = array[:, 8]

# univariate feature selection
test = SelectKBest(score_func=chi2, k=4)
fit = test.fit(X, Y)
np.set_printoptions(precision=3)
print('chi2 scores:', fit.scores_)
features = fit.transform(X)
selected = [n for n, keep in zip(names[:8], fit.get_support()) if keep]
print('selected features:', selected)
print(features[0:5, :])

X_train, X_test, Y_train, Y_test = train_test_split(features, Y, test_size=0.33, random_state=7)

model = LogisticRegression(solver='liblinear')
model.fit(X_train, Y_train)
result = model.score(X_test, Y_test)
print('Accuracy: %.3f%%' % (result * 100.0))

probs = model.predict_proba(X_test)[:, 1]
print('AUC: %.3f' % roc_auc_score(Y_test, probs))
print(classification_report(Y_test, model.predict(X_test)))
