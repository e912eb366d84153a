import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.dummy import DummyClassifier

df = pd.read_csv("train.csv").dropna()
X = df.select_dtypes("number").drop(columns=["churned", "customer_id", "cancellation_reason_code"])
y = df["churned"]
sfm = SelectFromModel(ExtraTreesClassifier(n_estimators=300, random_state=0)).fit(X, y)
X_new = sfm.transform(X)
print("selected", X.columns[sfm.get_support()])
X_train, X_test, y_train, y_test = train_test_split(X_new, y, test_size=0.25, random_state=0)
clf = RandomForestClassifier(random_state=0).fit(X_train, y_train)
print(f1_score(y_test, clf.predict(X_test)), roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
dummy = DummyClassifier().fit(X_train, y_train)
print("dummy f1", f1_score(y_test, dummy.predict(X_test)))
