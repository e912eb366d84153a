# Pima Indians Diabetes - logistic regression, k best features chosen by CV
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix

url = "https://raw.githubusercontent.com/jbrownlee/Datasets/master/pima-indians-diabetes.data.csv"
cols = ["Pregnancies", "Glucose", "BloodPressure", "SkinThickness", "Insulin",
        "BMI", "DiabetesPedigreeFunction", "Age", "Outcome"]
df = pd.read_csv(url, names=cols)
print(df.head())
print(df["Outcome"].value_counts())

zero_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
df[zero_missing] = df[zero_missing].replace(0, np.nan)
print(df.isnull().mean().round(3))

df.hist(figsize=(12, 8), bins=25)
plt.tight_layout()
plt.savefig("hist.png")

X = df.drop("Outcome", axis=1)
y = df["Outcome"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=7, stratify=y)

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("select", SelectKBest(score_func=f_classif)),
    ("clf", LogisticRegression()),
])
grid = GridSearchCV(
    pipe,
    param_grid={"select__k": [3, 4, 5, 6, 8], "clf__C": [0.1, 1.0, 10.0]},
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=7),
    scoring="roc_auc",
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_, "CV AUC:", round(grid.best_score_, 4))

support = grid.best_estimator_.named_steps["select"].get_support()
print("selected:", X.columns[support].tolist())

pred = grid.predict(X_test)
proba = grid.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy :", accuracy_score(y_test, dummy.predict(X_test)))
print("logreg accuracy:", accuracy_score(y_test, pred))
print("logreg ROC AUC :", roc_auc_score(y_test, proba))
print(confusion_matrix(y_test, pred))
