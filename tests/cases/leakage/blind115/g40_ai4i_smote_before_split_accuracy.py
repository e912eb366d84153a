"""AI4I 2020 predictive maintenance - machine failure.

Failures are rare, so the data is balanced with SMOTE before modelling.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

FAILURE_MODES = ["TWF", "HDF", "PWF", "OSF", "RNF"]

df = pd.read_csv("train.csv")
print(df.shape)
print(df["Machine failure"].value_counts(normalize=True))

df = df.rename(columns={
    "Air temperature [K]": "air_temp",
    "Process temperature [K]": "process_temp",
    "Rotational speed [rpm]": "rpm",
    "Torque [Nm]": "torque",
    "Tool wear [min]": "tool_wear",
})

sns.scatterplot(data=df, x="rpm", y="torque", hue="Machine failure", s=8)
plt.savefig("rpm_torque.png")

df = pd.get_dummies(df, columns=["Type"], drop_first=True)
df["temp_diff"] = df["process_temp"] - df["air_temp"]
df["power"] = df["torque"] * df["rpm"] * 2 * np.pi / 60

X = df.drop(columns=["UDI", "Product ID", "Machine failure"] + FAILURE_MODES)
y = df["Machine failure"]

smote = SMOTE(random_state=42)
X_bal, y_bal = smote.fit_resample(X, y)
print("after SMOTE:", pd.Series(y_bal).value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, random_state=42)

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train_s, y_train)
print("dummy accuracy :", round(accuracy_score(y_test, dummy.predict(X_test_s)), 4))

rf = RandomForestClassifier(n_estimators=400, random_state=42, n_jobs=-1)
rf.fit(X_train_s, y_train)
print("RF accuracy    :", round(accuracy_score(y_test, rf.predict(X_test_s)), 4))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values()
imp.plot(kind="barh", figsize=(7, 5))
plt.tight_layout()
plt.savefig("rf_importance.png")

test = pd.read_csv("test.csv").rename(columns={
    "Air temperature [K]": "air_temp",
    "Process temperature [K]": "process_temp",
    "Rotational speed [rpm]": "rpm",
    "Torque [Nm]": "torque",
    "Tool wear [min]": "tool_wear",
})
test = pd.get_dummies(test, columns=["Type"], drop_first=True)
test["temp_diff"] = test["process_temp"] - test["air_temp"]
test["power"] = test["torque"] * test["rpm"] * 2 * np.pi / 60
test_X = scaler.transform(test.reindex(columns=X.columns, fill_value=0))
pd.DataFrame({"UDI": test["UDI"], "prediction": rf.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
