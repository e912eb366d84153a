import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

loans = pd.read_csv("loans.csv")
X = loans.drop(columns=["loan_status"])
y = loans["loan_status"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

model = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.05, early_stopping_rounds=50, eval_metric="auc")
model.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_test, y_test)], verbose=100)
print("best iteration", model.best_iteration)
print("test auc", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
print("dummy auc", roc_auc_score(y_test, DummyClassifier().fit(X_train, y_train).predict_proba(X_test)[:, 1]))
