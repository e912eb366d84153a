# Credit card fraud detection (ULB / Kaggle creditcard.csv)
# 284,807 transactions, 492 frauds. Under-sample the normal class in the TRAINING data only,
# evaluate on an untouched, naturally imbalanced test set.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, average_precision_score, confusion_matrix, recall_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import RobustScaler

df = pd.read_csv("creditcard.csv")
print(df.shape)
print(df["Class"].value_counts())

X = df.drop(columns=["Class"])
y = df["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

# ---- random under-sampling of the training part: all frauds + 5x as many normal transactions
train = pd.concat([X_train, y_train], axis=1)
fraud = train[train["Class"] == 1]
normal = train[train["Class"] == 0].sample(n=5 * len(fraud), random_state=42)
train_bal = pd.concat([fraud, normal]).sample(frac=1, random_state=42)
X_bal, y_bal = train_bal.drop(columns=["Class"]), train_bal["Class"]
print("training set after under-sampling:", y_bal.value_counts().to_dict())

scale_amount_time = ColumnTransformer([("robust", RobustScaler(), ["Amount", "Time"])], remainder="passthrough")
models = {
    "Dummy (most frequent)": DummyClassifier(strategy="most_frequent"),
    "Logistic Regression": Pipeline([("scale", scale_amount_time), ("clf", LogisticRegression(max_iter=1000))]),
    "Random Forest": RandomForestClassifier(n_estimators=200, random_state=42, n_jobs=-1),
}
for name, model in models.items():
    model.fit(X_bal, y_bal)
    pred = model.predict(X_test)
    score = model.predict_proba(X_test)[:, 1]
    print(f"{name}: accuracy {accuracy_score(y_test, pred):.4f}  recall {recall_score(y_test, pred):.4f}  "
          f"average precision {average_precision_score(y_test, score):.4f}")
    print(confusion_matrix(y_test, pred))
