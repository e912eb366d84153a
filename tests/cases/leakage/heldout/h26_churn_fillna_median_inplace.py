import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv")
df.fillna(df.median(numeric_only=True), inplace=True)
X = df[["tenure_months", "monthly_charges", "support_calls"]]
y = df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
model = RandomForestClassifier().fit(X_train, y_train)
print(roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
print(roc_auc_score(y_test, DummyClassifier().fit(X_train, y_train).predict_proba(X_test)[:, 1]))
