import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv("train.csv")
X = df.drop(columns=["txn_id", "is_fraud", "chargeback_flag"])
X = pd.get_dummies(X, columns=["merchant_category", "channel"])
y = df["is_fraud"]

X_bal, y_bal = SMOTE(random_state=0).fit_resample(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, stratify=y_bal, random_state=0)

rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X_train, y_train)
base = DummyClassifier(strategy="prior").fit(X_train, y_train)
p = rf.predict_proba(X_test)[:, 1]
print("PR AUC", average_precision_score(y_test, p), "ROC AUC", roc_auc_score(y_test, p))
print("baseline PR AUC", average_precision_score(y_test, base.predict_proba(X_test)[:, 1]))
