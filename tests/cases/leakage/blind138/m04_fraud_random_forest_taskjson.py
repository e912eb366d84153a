"""Card fraud take-home - random forest model."""
import json
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score, confusion_matrix

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])

data = pd.read_csv("train.csv")
print(data.shape)
print(data[TARGET].value_counts())

data = data.dropna()
data = pd.get_dummies(data, columns=["merchant_category"], drop_first=True)

X = data.drop(columns=[TARGET, ID] + LEAKY)
y = data[TARGET]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=1, stratify=y
)

baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("Baseline ROC AUC:", roc_auc_score(y_test, baseline.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=200, min_samples_leaf=2, random_state=1, n_jobs=-1)
rf.fit(X_train, y_train)

pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred))
print("ROC AUC:", roc_auc_score(y_test, proba))
print("Average precision:", average_precision_score(y_test, proba))

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
importances.head(12).plot.bar(figsize=(9, 4))
plt.title("Feature importance")
plt.tight_layout()
plt.savefig("importance.png")

test = pd.read_csv("test.csv")
test_X = pd.get_dummies(test, columns=["merchant_category"], drop_first=True)
test_X = test_X.reindex(columns=X.columns, fill_value=0).fillna(0)
out = pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(test_X)[:, 1]})
out.to_csv("predictions.csv", index=False)
