"""Predictive maintenance on the AI4I 2020 dataset (milling machine).

Failures are rare (~3.4 %), so the minority class is oversampled with SMOTE.
"""
import warnings

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, confusion_matrix
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")
SEED = 2020

df = pd.read_csv("ai4i2020.csv")
print(df.shape)
print(df["Machine failure"].value_counts(normalize=True))

# the five failure-mode flags (TWF, HDF, PWF, OSF, RNF) are the *reason* of a
# failure, they are only known after it happened -> never use them as inputs
failure_modes = ["TWF", "HDF", "PWF", "OSF", "RNF"]
df = df.drop(columns=["UDI", "Product ID"] + failure_modes)

df = df.rename(columns={
    "Air temperature [K]": "air_temp",
    "Process temperature [K]": "process_temp",
    "Rotational speed [rpm]": "rpm",
    "Torque [Nm]": "torque",
    "Tool wear [min]": "tool_wear",
    "Machine failure": "failure",
})

# physics-inspired features
df["temp_diff"] = df["process_temp"] - df["air_temp"]
df["power_w"] = df["torque"] * df["rpm"] * 2 * np.pi / 60
df["wear_x_torque"] = df["tool_wear"] * df["torque"]

# product quality variant L / M / H
df = pd.get_dummies(df, columns=["Type"], drop_first=True)

X = df.drop(columns="failure")
y = df["failure"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)

# oversample the training part only, the test set keeps the real class ratio
sm = SMOTE(random_state=SEED)
X_train, y_train = sm.fit_resample(X_train, y_train)
print("after SMOTE:", np.bincount(y_train))

baseline = DummyClassifier(strategy="most_frequent")
baseline.fit(X_train, y_train)
print("baseline accuracy:", round(accuracy_score(y_test, baseline.predict(X_test)), 4))

clf = RandomForestClassifier(
    n_estimators=500, max_depth=None, min_samples_leaf=2, n_jobs=-1, random_state=SEED
)
clf.fit(X_train, y_train)
y_pred = clf.predict(X_test)

print("random forest accuracy:", round(accuracy_score(y_test, y_pred), 4))
print(confusion_matrix(y_test, y_pred))

importances = pd.Series(clf.feature_importances_, index=X.columns)
print(importances.sort_values(ascending=False).round(3))
