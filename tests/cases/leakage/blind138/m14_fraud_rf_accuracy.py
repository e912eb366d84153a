# card fraud - simple random forest
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
print(df.shape)
print(df.head())
print(df.isnull().sum())
print(df["is_fraud"].value_counts())
print(df.groupby("merchant_category")["amount"].describe())

df = df.dropna()

# categorical -> one-hot
df = pd.get_dummies(df, columns=["merchant_category"])

y = df["is_fraud"]
X = df.drop(columns=["is_fraud", "transaction_id", "chargeback_flag"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=21)

# baseline: always predict the majority class
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
print("Baseline accuracy:", accuracy_score(y_test, dummy.predict(X_test)))

rf = RandomForestClassifier(n_estimators=100, random_state=21)
rf.fit(X_train, y_train)
print("Random forest accuracy:", accuracy_score(y_test, rf.predict(X_test)))
print("Train accuracy:", rf.score(X_train, y_train))

top = sorted(zip(rf.feature_importances_, X.columns), reverse=True)[:8]
for imp, col in top:
    print(col, round(imp, 3))

test = pd.read_csv("test.csv")
test_X = pd.get_dummies(test, columns=["merchant_category"]).reindex(columns=X.columns, fill_value=0).fillna(0)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": rf.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
