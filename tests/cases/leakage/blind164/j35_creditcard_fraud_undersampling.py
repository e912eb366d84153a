# Credit card fraud detection (ULB / Kaggle creditcard.csv)
# 284,807 transactions, 492 frauds. Random under-sampling to get a 50/50 data set,
# then logistic regression and a random forest.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler

df = pd.read_csv("creditcard.csv")
print(df.shape)
print(df["Class"].value_counts())

# V1..V28 are already PCA-scaled; Amount and Time are not
scaler = RobustScaler()
df["scaled_amount"] = scaler.fit_transform(df[["Amount"]]).ravel()
df["scaled_time"] = scaler.fit_transform(df[["Time"]]).ravel()
df = df.drop(columns=["Amount", "Time"])

# ---- random under-sampling: keep all frauds + the same number of normal transactions
fraud = df[df["Class"] == 1]
normal = df[df["Class"] == 0].sample(n=len(fraud), random_state=42)
balanced = pd.concat([fraud, normal]).sample(frac=1, random_state=42).reset_index(drop=True)
print("balanced:", balanced["Class"].value_counts().to_dict())

X = balanced.drop(columns=["Class"])
y = balanced["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

models = {
    "Logistic Regression": LogisticRegression(max_iter=1000),
    "Random Forest": RandomForestClassifier(n_estimators=200, random_state=42),
}
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    print(f"{name}: accuracy = {accuracy_score(y_test, pred):.4f}")
    print(confusion_matrix(y_test, pred))

# a quick look at which components separate the two classes
coef = pd.Series(models["Logistic Regression"].coef_[0], index=X.columns)
print(coef.reindex(coef.abs().sort_values(ascending=False).index).head(10).round(3))
