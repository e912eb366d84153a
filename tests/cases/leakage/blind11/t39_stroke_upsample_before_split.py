# Stroke prediction: upsample the minority class, then compare logistic regression with a dummy
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, f1_score

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
df = df.drop("id", axis=1)
df = df.dropna(subset=["bmi"])
df = df[df["gender"] != "Other"]
print(df["stroke"].value_counts())

df = pd.get_dummies(df, columns=["gender", "ever_married", "work_type", "Residence_type", "smoking_status"],
                    drop_first=True)

# balance the classes
majority = df[df.stroke == 0]
minority = df[df.stroke == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123).reset_index(drop=True)
print(balanced["stroke"].value_counts())

X = balanced.drop("stroke", axis=1)
y = balanced["stroke"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=123)

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500))
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

print(classification_report(y_test, pred))
print("AUC", roc_auc_score(y_test, proba))

base = DummyClassifier(strategy="uniform", random_state=0).fit(X_train, y_train)
print("baseline F1 (uniform random):", f1_score(y_test, base.predict(X_test)))
print("model F1:", f1_score(y_test, pred))

coef = pd.Series(clf[-1].coef_[0], index=X.columns).sort_values()
print(coef)
