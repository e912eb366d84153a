"""Rain in Australia - will it rain tomorrow?

Logistic regression on the weatherAUS data (Bureau of Meteorology observations).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report, confusion_matrix

full_data = pd.read_csv("weatherAUS.csv")
print(full_data.shape)
print(full_data.info())
print((full_data.isnull().mean() * 100).round(1).sort_values(ascending=False))

# columns with too many missing values + the date
full_data = full_data.drop(columns=["Date", "Evaporation", "Sunshine", "Cloud9am", "Cloud3pm"])
full_data = full_data.dropna()
print("after dropna:", full_data.shape)

full_data["RainToday"] = full_data["RainToday"].map({"No": 0, "Yes": 1})
full_data["RainTomorrow"] = full_data["RainTomorrow"].map({"No": 0, "Yes": 1})

fig = plt.figure(figsize=(8, 5))
full_data.RainTomorrow.value_counts(normalize=True).plot(kind="bar", color=["skyblue", "navy"], alpha=0.9, rot=0)
plt.title("RainTomorrow Indicator No(0) and Yes(1) in the Imbalanced Dataset")
plt.savefig("class_balance.png")

# oversample the minority class
no = full_data[full_data.RainTomorrow == 0]
yes = full_data[full_data.RainTomorrow == 1]
yes_oversampled = resample(yes, replace=True, n_samples=len(no), random_state=123)
oversampled = pd.concat([no, yes_oversampled])
print(oversampled.RainTomorrow.value_counts())

oversampled = pd.get_dummies(oversampled, columns=["Location", "WindGustDir", "WindDir9am", "WindDir3pm"],
                             drop_first=True)

X = oversampled.drop(columns=["RainTomorrow"])
y = oversampled["RainTomorrow"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=12345)

scaler = MinMaxScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

logreg = LogisticRegression(penalty="l1", solver="liblinear", C=1.0, max_iter=500)
logreg.fit(X_train, y_train)
y_pred = logreg.predict(X_test)
y_prob = logreg.predict_proba(X_test)[:, 1]

print("Accuracy:", round(accuracy_score(y_test, y_pred), 4))
print("ROC AUC :", round(roc_auc_score(y_test, y_prob), 4))
print(classification_report(y_test, y_pred, digits=4))

cm = confusion_matrix(y_test, y_pred, normalize="all")
sns.heatmap(cm, annot=True, fmt=".3f", cmap="Blues")
plt.title("Confusion matrix")
plt.savefig("confusion_matrix.png")
