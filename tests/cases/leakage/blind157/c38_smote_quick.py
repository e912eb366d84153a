import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

# load
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.head())
print(df.info())
print(df["is_fraud"].value_counts())

# imbalanced data -> balance it
df = pd.get_dummies(df, columns=["merchant_category"], dtype=int)
test = pd.get_dummies(test, columns=["merchant_category"], dtype=int)

X = df.drop(["is_fraud", "transaction_id"], axis=1)
y = df["is_fraud"]

smote = SMOTE(random_state=0)
X_bal, y_bal = smote.fit_resample(X, y)
print("after smote:", y_bal.value_counts())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, random_state=0)

# model
rf = RandomForestClassifier(n_estimators=200, random_state=0)
rf.fit(X_train, y_train)

train_acc = accuracy_score(y_train, rf.predict(X_train))
test_acc = accuracy_score(y_test, rf.predict(X_test))
print("train accuracy:", train_acc)
print("test accuracy:", test_acc)

# feature importance
importances = pd.Series(rf.feature_importances_, index=X.columns)
print(importances.sort_values(ascending=False).head(10))

# predictions
X_sub = test.drop(["transaction_id"], axis=1).reindex(columns=X.columns, fill_value=0)
test["prediction"] = rf.predict_proba(X_sub)[:, 1]
test[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done")
