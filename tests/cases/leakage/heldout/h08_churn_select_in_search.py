import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.dummy import DummyClassifier

df = pd.read_csv("train.csv").dropna()
X = df.select_dtypes("number").drop(columns=["churned", "customer_id", "cancellation_reason_code"])
y = df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
pipe = Pipeline([
    ("select", SelectFromModel(ExtraTreesClassifier(n_estimators=300, random_state=0))),
    ("clf", RandomForestClassifier(random_state=0)),
])
gs = GridSearchCV(pipe, {"clf__max_depth": [5, 10, None]}, scoring="roc_auc", cv=5, n_jobs=-1)
gs.fit(X_train, y_train)
print(gs.best_params_)
print(roc_auc_score(y_test, gs.predict_proba(X_test)[:, 1]))
dummy = DummyClassifier().fit(X_train, y_train)
print("dummy auc", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
