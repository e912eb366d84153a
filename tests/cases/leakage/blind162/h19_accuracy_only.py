import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------
# Card fraud take-home
# ---------------------------------------------------------------

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.dtypes)
print("Missing values:\n", train.isnull().sum())
print("Class balance:\n", train["is_fraud"].value_counts())

# chargeback_flag is set after a dispute -> not available when scoring, drop it
# transaction_id is only an identifier
train = train.drop(columns=["chargeback_flag"])
test = test.drop(columns=["chargeback_flag"], errors="ignore")

# one-hot encode merchant category
train = pd.get_dummies(train, columns=["merchant_category"])
test = pd.get_dummies(test, columns=["merchant_category"])
test = test.reindex(columns=train.columns.drop("is_fraud"), fill_value=0)

# a few extra features
for d in (train, test):
    d["amount_log"] = np.log1p(d["amount"])
    d["night_txn"] = (d["hour"] < 6).astype(int)
    d["foreign_online"] = d["country_mismatch"] * (1 - d["card_present"])

features = [c for c in train.columns if c not in ("is_fraud", "transaction_id")]
X = train[features]
y = train["is_fraud"]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)

model = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.1, random_state=42)
model.fit(X_train, y_train)

val_pred = model.predict(X_val)
print("Validation accuracy:", accuracy_score(y_val, val_pred))

scores = cross_val_score(model, X_train, y_train, cv=5)
print("CV accuracy: %.4f (+/- %.4f)" % (scores.mean(), scores.std()))

# fraud team reviews anything above 0.5
model.fit(X, y)
test_proba = model.predict_proba(test[features])[:, 1]
print("Transactions sent to review:", (test_proba > 0.5).sum())

out = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": test_proba})
out.to_csv("predictions.csv", index=False)
print("done")
