import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score

df = pd.read_csv("train.csv")
X = df.drop(columns=["is_fraud", "txn_id", "txn_time"])
for c in X.select_dtypes("object"):
    X[c] = X[c].astype("category")
y = df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, is_unbalance=True).fit(X_train, y_train)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("PR AUC", average_precision_score(y_test, clf.predict_proba(X_test)[:, 1]))
print("baseline", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))
