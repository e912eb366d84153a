import pandas as pd
from sklearn.feature_selection import mutual_info_classif
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

loans = pd.read_csv("loans.csv")
X = loans.drop(columns=["loan_status"])
y = loans["loan_status"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
mi = pd.Series(mutual_info_classif(X_train, y_train, random_state=0), index=X_train.columns)
top = mi.nlargest(15).index
lr = LogisticRegression(max_iter=2000).fit(X_train[top], y_train)
print("lr", roc_auc_score(y_test, lr.predict_proba(X_test[top])[:, 1]))
print("dummy", roc_auc_score(y_test, DummyClassifier().fit(X_train[top], y_train).predict_proba(X_test[top])[:, 1]))
