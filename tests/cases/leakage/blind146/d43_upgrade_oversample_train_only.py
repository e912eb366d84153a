"""Will the account upgrade within 30 days?

~12% of accounts upgrade. Hold out 20% first (stratified), then oversample the
upgraders in the training part only and train a random forest.
"""
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, average_precision_score, balanced_accuracy_score, recall_score
from sklearn.model_selection import train_test_split

TARGET = "upgraded_30d"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df[TARGET].value_counts())


def prep(frame):
    out = pd.get_dummies(frame.drop(columns=["user_id"]), columns=["signup_channel", "country", "plan_tier"], dtype=int)
    out["nps_score"] = out["nps_score"].fillna(-1)
    return out


data = prep(df)
X = data.drop(columns=[TARGET])
y = data[TARGET]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

ros = RandomOverSampler(sampling_strategy=1.0, random_state=42)
X_train_bal, y_train_bal = ros.fit_resample(X_train, y_train)
print("training rows after oversampling:", y_train_bal.value_counts().to_dict())

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=3, random_state=42, n_jobs=-1)
rf.fit(X_train_bal, y_train_bal)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

for name, model in [("dummy", dummy), ("random forest", rf)]:
    pred = model.predict(X_val)
    proba = model.predict_proba(X_val)[:, 1]
    print(f"{name:14s} acc {accuracy_score(y_val, pred):.4f}  bal_acc {balanced_accuracy_score(y_val, pred):.4f}  "
          f"recall {recall_score(y_val, pred, zero_division=0):.4f}  AP {average_precision_score(y_val, proba):.4f}")

X_all_bal, y_all_bal = ros.fit_resample(X, y)
rf.fit(X_all_bal, y_all_bal)
X_test = prep(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"user_id": test["user_id"], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
