# Pima Indians Diabetes - comparing a few classifiers
# data: https://www.kaggle.com/uciml/pima-indians-diabetes-database

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, classification_report

df = pd.read_csv("diabetes.csv")
print(df.shape)
print(df.head())
print(df.describe().T)
print(df["Outcome"].value_counts(normalize=True))

# correlation heatmap
plt.figure(figsize=(9, 7))
sns.heatmap(df.corr(), annot=True, fmt=".2f", cmap="coolwarm")
plt.title("Correlation")
plt.show()

# zeros in these columns are not real values (nobody has BMI 0)
zero_cols = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
for c in zero_cols:
    print(c, "zeros:", (df[c] == 0).sum())

df[zero_cols] = df[zero_cols].replace(0, np.nan)

X = df.drop("Outcome", axis=1)
y = df["Outcome"]

# split first, then medians + scaler come from the training rows only
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=7, stratify=y
)
print("train:", X_train.shape, "test:", X_test.shape)

train_medians = X_train[zero_cols].median()
X_train = X_train.fillna(train_medians)
X_test = X_test.fillna(train_medians)

scaler = StandardScaler()
X_train_scaled = scaler.fit_transform(X_train)
X_test_scaled = scaler.transform(X_test)

models = {
    "Baseline (most frequent)": DummyClassifier(strategy="most_frequent"),
    "Logistic Regression": LogisticRegression(max_iter=1000),
    "KNN": KNeighborsClassifier(n_neighbors=11),
    "SVM": SVC(probability=True, random_state=7),
    "Random Forest": RandomForestClassifier(n_estimators=300, random_state=7),
}

results = []
for name, model in models.items():
    model.fit(X_train_scaled, y_train)
    pred = model.predict(X_test_scaled)
    proba = model.predict_proba(X_test_scaled)[:, 1]
    results.append({
        "model": name,
        "accuracy": accuracy_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "roc_auc": roc_auc_score(y_test, proba),
    })

res = pd.DataFrame(results).sort_values("roc_auc", ascending=False)
print(res.to_string(index=False))

best = models["Random Forest"]
print(classification_report(y_test, best.predict(X_test_scaled)))

imp = pd.Series(best.feature_importances_, index=X.columns).sort_values()
imp.plot(kind="barh", title="RF feature importance")
plt.tight_layout()
plt.show()

# numbers above are the evaluation. For the "production" model I just refit
# the same steps on every row so nothing is wasted.
X_all = X.fillna(X[zero_cols].median())
final_scaler = StandardScaler().fit(X_all)
final_model = RandomForestClassifier(n_estimators=300, random_state=7)
final_model.fit(final_scaler.transform(X_all), y)
print("final model trained on", len(X_all), "rows")
