import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df.is_fraud.value_counts())
print(df.groupby("merchant_category").is_fraud.mean().sort_values(ascending=False).head())


def featurize(d):
    d = d.copy()
    d["log_amount"] = np.log1p(d["amount"])
    d["night"] = d["hour"].between(0, 5).astype(int)
    d["new_device"] = (d["device_age_days"] < 7).astype(int)
    d["foreign"] = (d["country"] != "US").astype(int)
    d = pd.get_dummies(d, columns=["merchant_category"], dtype=int)
    return d


X_all = featurize(df)
cols = [c for c in X_all.columns
        if c not in ("is_fraud", "chargeback_flag", "transaction_id", "card_id", "timestamp", "country")]
X = X_all[cols]
y = df["is_fraud"]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("baseline (always legit) accuracy:", accuracy_score(y_val, dummy.predict(X_val)))

rf = RandomForestClassifier(n_estimators=300, max_depth=10, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
acc = accuracy_score(y_val, rf.predict(X_val))
print(f"validation accuracy {acc:.4f}")
print("train accuracy", rf.score(X_train, y_train))

rf.fit(X, y)
X_sub = featurize(test).reindex(columns=cols, fill_value=0)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": rf.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
