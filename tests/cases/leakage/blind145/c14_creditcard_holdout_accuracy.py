# Credit card fraud - logistic regression on a stratified holdout
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("../input/creditcardfraud/creditcard.csv")
print(df.shape)
print(df["Class"].value_counts(normalize=True).round(5))
print(df.describe().T[["mean", "std", "min", "max"]].head(10))

X = df.drop(columns=["Class"])
y = df["Class"].values

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)

# only Time and Amount are on a raw scale, the V* columns are PCA outputs already
scale_cols = ["Time", "Amount"]
scaler = StandardScaler().fit(X_train[scale_cols])
X_train = X_train.copy()
X_test = X_test.copy()
X_train[scale_cols] = scaler.transform(X_train[scale_cols])
X_test[scale_cols] = scaler.transform(X_test[scale_cols])

results = {}

most_frequent = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
results["dummy (always legit)"] = accuracy_score(y_test, most_frequent.predict(X_test))

lr = LogisticRegression(C=1.0, max_iter=1000)
lr.fit(X_train, y_train)
print(f"train accuracy {accuracy_score(y_train, lr.predict(X_train)):.5f}")
results["logreg"] = accuracy_score(y_test, lr.predict(X_test))

print("\nHoldout accuracy")
for name, acc in results.items():
    print(f"  {name:22s} {acc:.5f}")

gain = results["logreg"] - results["dummy (always legit)"]
print(f"\nlogreg beats always-legit by {gain * 100:.3f} accuracy points")

n_flagged = int(lr.predict(X_test).sum())
print(f"transactions flagged in holdout: {n_flagged} of {len(y_test)}")

coef = pd.Series(lr.coef_[0], index=X.columns).sort_values(key=np.abs, ascending=False)
print(coef.head(10))
