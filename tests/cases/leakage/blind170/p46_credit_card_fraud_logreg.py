"""Credit card fraud (ULB, creditcard.csv): logistic regression on the PCA features.

V1..V28 are already PCA components; only Amount needs scaling.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

cc = pd.read_csv("creditcard.csv")
print(cc.shape)
print(cc["Class"].value_counts())

cc = cc.drop(columns=["Time"])
cc["log_amount"] = np.log1p(cc["Amount"])

X = cc.drop(columns=["Class", "Amount"])
y = cc["Class"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, random_state=0, stratify=y
)

scaler = StandardScaler()
X_train = X_train.copy()
X_test = X_test.copy()
X_train[["log_amount"]] = scaler.fit_transform(X_train[["log_amount"]])
X_test[["log_amount"]] = scaler.transform(X_test[["log_amount"]])

logreg = LogisticRegression(max_iter=1000, C=0.1)
logreg.fit(X_train, y_train)

dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)

acc_model = accuracy_score(y_test, logreg.predict(X_test))
acc_dummy = accuracy_score(y_test, dummy.predict(X_test))

print(f"Dummy (always 'not fraud') accuracy: {acc_dummy:.5f}")
print(f"Logistic regression accuracy       : {acc_model:.5f}")
print(f"Improvement over dummy             : {acc_model - acc_dummy:+.5f}")

coef = pd.Series(logreg.coef_[0], index=X.columns).sort_values()
print("strongest fraud indicators:")
print(coef.tail(5).round(3))
print("strongest legit indicators:")
print(coef.head(5).round(3))
