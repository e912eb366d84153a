# Default of credit card clients (Taiwan, UCI) - random forest + SMOTE
# ~22% of clients default, so I balance the classes with SMOTE before training.

import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

data = pd.read_csv("UCI_Credit_Card.csv")
data = data.rename(columns={"default.payment.next.month": "default", "PAY_0": "PAY_1"})
data = data.drop(columns=["ID"])

# EDUCATION has undocumented codes 0,5,6 -> lump them into "other" (4)
data["EDUCATION"] = data["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
data["MARRIAGE"] = data["MARRIAGE"].replace({0: 3})

# a couple of ratio features
bill_cols = [f"BILL_AMT{i}" for i in range(1, 7)]
pay_cols = [f"PAY_AMT{i}" for i in range(1, 7)]
data["util_1"] = data["BILL_AMT1"] / data["LIMIT_BAL"]
data["avg_bill"] = data[bill_cols].mean(axis=1)
data["avg_pay"] = data[pay_cols].mean(axis=1)
data["pay_ratio"] = data["avg_pay"] / (data["avg_bill"].abs() + 1)
data["n_late"] = (data[[f"PAY_{i}" for i in range(1, 7)]] > 0).sum(axis=1)

print(data["default"].value_counts())

X = data.drop(columns=["default"])
y = data["default"]

sm = SMOTE(random_state=0)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.3, random_state=0, stratify=y_bal
)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("Dummy ROC AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)

proba = rf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("RF ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, digits=3))

fi = pd.Series(rf.feature_importances_, index=X.columns).nlargest(10)
print(fi)
