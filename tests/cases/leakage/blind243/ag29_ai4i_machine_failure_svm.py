# AI4I 2020 Predictive Maintenance Dataset (UCI) - machine failure classification
# SVM on the 5 best sensor features.
import pandas as pd
import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score

df = pd.read_csv("ai4i2020.csv")
print(df.shape)
print(df["Machine failure"].value_counts())

# failure-mode flags (TWF, HDF, ...) describe the failure itself -> not usable as inputs
df = df.drop(columns=["UDI", "Product ID", "TWF", "HDF", "PWF", "OSF", "RNF"])
df["Type"] = df["Type"].map({"L": 0, "M": 1, "H": 2})

# physics-inspired features
df["temp_diff"] = df["Process temperature [K]"] - df["Air temperature [K]"]
df["power"] = df["Torque [Nm]"] * df["Rotational speed [rpm]"] * 2 * np.pi / 60
df["strain"] = df["Tool wear [min]"] * df["Torque [Nm]"]

X = df.drop(columns=["Machine failure"])
y = df["Machine failure"]

scaler = MinMaxScaler()
X_scaled = scaler.fit_transform(X)

selector = SelectKBest(score_func=f_classif, k=5)
X_best = selector.fit_transform(X_scaled, y)
print("selected:", list(X.columns[selector.get_support()]))

X_train, X_test, y_train, y_test = train_test_split(X_best, y, test_size=0.2, random_state=0, stratify=y)

# baseline: predict "no failure" for every machine
baseline_acc = accuracy_score(y_test, np.zeros_like(y_test))
print("baseline accuracy (always no failure): %.4f" % baseline_acc)

for C in [1, 10, 100]:
    svm = SVC(kernel="rbf", C=C, gamma="scale")
    svm.fit(X_train, y_train)
    print("SVM C=%-4d train acc %.4f" % (C, accuracy_score(y_train, svm.predict(X_train))))

svm = SVC(kernel="rbf", C=10, gamma="scale").fit(X_train, y_train)
print("SVM C=10 test accuracy: %.4f" % accuracy_score(y_test, svm.predict(X_test)))
