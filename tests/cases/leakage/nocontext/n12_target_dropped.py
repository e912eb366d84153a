import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score

df = pd.read_csv("loans.csv")
df = pd.get_dummies(df, columns=["purpose", "grade"])
y = df["default"]
X = df.drop(["loan_id", "default"], axis=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=3)
gb = GradientBoostingClassifier().fit(X_train, y_train)
print("F1", f1_score(y_test, gb.predict(X_test)))
