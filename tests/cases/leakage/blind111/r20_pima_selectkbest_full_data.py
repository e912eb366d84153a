# Pima Indians Diabetes - logistic regression with the best 4 features
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
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
print(df.describe())
print(df["Outcome"].value_counts())

# zeros are missing values in these columns
zero_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
df[zero_missing] = df[zero_missing].replace(0, np.nan)
print(df.isnull().sum())

sns.pairplot(df.dropna(), hue="Outcome", vars=["Glucose", "BMI", "Age", "Insulin"])
plt.savefig("pairplot.png")

X = df.drop("Outcome", axis=1)
y = df["Outcome"]

# univariate selection (F-test needs no NaNs, fill with 0 just for the scores)
selector = SelectKBest(score_func=f_classif, k=4)
selector.fit(X.fillna(0), y)
for name, score in sorted(zip(X.columns, selector.scores_), key=lambda t: -t[1]):
    print(f"{name:26s} {score:8.2f}")
best_cols = X.columns[selector.get_support()].tolist()
print("selected:", best_cols)

X_train, X_test, y_train, y_test = train_test_split(X[best_cols], y, test_size=0.25, random_state=7, stratify=y)

model = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression()),
])
model.fit(X_train, y_train)
pred = model.predict(X_test)
proba = model.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy :", accuracy_score(y_test, dummy.predict(X_test)))
print("logreg accuracy:", accuracy_score(y_test, pred))
print("logreg ROC AUC :", roc_auc_score(y_test, proba))
print(confusion_matrix(y_test, pred))
