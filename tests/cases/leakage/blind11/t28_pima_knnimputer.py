"""Diabetes prediction: replace physiologically impossible zeros, impute with KNNImputer,
then random forest. Compared against a majority-class dummy."""
import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score, recall_score

diab = pd.read_csv("diabetes.csv")
print(diab.head())

zero_as_nan = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
diab[zero_as_nan] = diab[zero_as_nan].replace(0, np.nan)
print(diab.isna().mean().round(3))

feature_cols = [c for c in diab.columns if c != "Outcome"]

imputer = KNNImputer(n_neighbors=5, weights="distance")
imputed = pd.DataFrame(imputer.fit_transform(diab[feature_cols]), columns=feature_cols)
print(imputed.describe().T[["mean", "std", "min", "max"]])

X = imputed
y = diab["Outcome"].values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)

clf = RandomForestClassifier(n_estimators=400, max_depth=8, random_state=0)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("RF     acc %.3f  auc %.3f  recall %.3f" % (accuracy_score(y_test, pred), roc_auc_score(y_test, proba),
                                                   recall_score(y_test, pred)))
print("dummy  acc %.3f" % accuracy_score(y_test, dummy.predict(X_test)))

for name, imp in sorted(zip(feature_cols, clf.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:28s} {imp:.3f}")
