# fraud detection - random forest + SMOTE
# fraud is only ~3% so I need to balance the classes first

import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

df = pd.read_csv("train.csv")
print(df.head())
print(df.info())
print(df["is_fraud"].value_counts())

# check missing
print(df.isnull().sum())
df = df.fillna(0)

cat_cols = ["merchant_category", "country", "device_type"]
X = df.drop(columns=["transaction_id", "is_fraud", "chargeback_flag", "timestamp"])
X = pd.get_dummies(X, columns=cat_cols)
y = df["is_fraud"]
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

# balance with SMOTE (only the training part, test stays real)
sm = SMOTE(random_state=1)
X_train, y_train = sm.fit_resample(X_train, y_train)
print("after smote:", y_train.value_counts())

# dummy to compare
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
print("dummy")
print(classification_report(y_test, dummy.predict(X_test), zero_division=0))

rf = RandomForestClassifier(n_estimators=200, max_depth=12, n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]

print("random forest")
print(classification_report(y_test, pred))
print(confusion_matrix(y_test, pred))
print("AUC:", roc_auc_score(y_test, proba))

# feature importance
fi = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(fi.head(15))

# submission
test = pd.read_csv("test.csv").fillna(0)
X_sub = pd.get_dummies(test.drop(columns=["transaction_id", "timestamp"]), columns=cat_cols)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
sub = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": rf.predict_proba(X_sub)[:, 1]})
sub.to_csv("predictions.csv", index=False)
