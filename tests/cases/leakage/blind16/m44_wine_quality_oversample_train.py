# White wine "good" classifier - oversample only the training part
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from imblearn.over_sampling import RandomOverSampler
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
from sklearn.metrics import classification_report, confusion_matrix, f1_score, roc_auc_score

wine = pd.read_csv('winequality-white.csv', sep=';')
X = wine.drop(columns='quality').values
y = (wine['quality'] >= 7).astype(int).values
print('positive share: %.3f' % y.mean())
print(wine.describe().T.round(3))
wine.hist(figsize=(12, 9), bins=30)
plt.tight_layout()
plt.show()

# features have very different ranges (total sulfur dioxide vs density)
X = StandardScaler().fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=123)

ros = RandomOverSampler(random_state=123)
X_train_bal, y_train_bal = ros.fit_resample(X_train, y_train)
print('train before:', np.bincount(y_train), 'after:', np.bincount(y_train_bal))

# (tried class_weight='balanced' first, similar results)
svc = SVC(C=3, gamma='scale', probability=True, random_state=123)
svc.fit(X_train_bal, y_train_bal)

proba = svc.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print('F1      : %.3f' % f1_score(y_test, pred))
print('ROC AUC : %.3f' % roc_auc_score(y_test, proba))
print(classification_report(y_test, pred, digits=3))
print(confusion_matrix(y_test, pred))

plt.hist(proba[y_test == 0], bins=40, alpha=0.6, label='not good')
plt.hist(proba[y_test == 1], bins=40, alpha=0.6, label='good')
plt.legend()
plt.show()
