"""AI4I 2020 predictive maintenance dataset (UCI): machine failure from
process readings. Failures are ~3.4% of rows, so oversample with SMOTE."""
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("ai4i2020.csv")
print(df["Machine failure"].value_counts())

# failure-mode flags are set together with the label, drop them with the ids
df = df.drop(columns=["UDI", "Product ID", "TWF", "HDF", "PWF", "OSF", "RNF"])
df = pd.get_dummies(df, columns=["Type"], dtype=int)
df.columns = [c.replace("[", "(").replace("]", ")") for c in df.columns]

df["Power (W)"] = df["Torque (Nm)"] * df["Rotational speed (rpm)"] * 2 * 3.14159 / 60
df["Temp diff (K)"] = df["Process temperature (K)"] - df["Air temperature (K)"]
df["Strain"] = df["Tool wear (min)"] * df["Torque (Nm)"]

y = df.pop("Machine failure")
X = df

sm = SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=0)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", y_bal.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=0)

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print(classification_report(y_test, pred, digits=3))
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1 model   :", round(f1_score(y_test, pred), 4))
print("F1 baseline:", round(f1_score(y_test, dummy.predict(X_test), zero_division=0), 4))
