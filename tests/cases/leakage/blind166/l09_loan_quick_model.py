# loan default - quick model
# time box was tight so this is the straightforward version

import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train.head())
print(train.dtypes)
print(train["defaulted"].value_counts())

# columns that are only known after default
train = train.drop(columns=["recovery_amount", "collections_flag"])
test = test.drop(columns=["recovery_amount", "collections_flag"], errors="ignore")

ids = test["loan_id"]
y = train.pop("defaulted")
train = train.drop(columns=["loan_id"])
test = test.drop(columns=["loan_id"])

# simple cleaning
for frame in (train, test):
    frame["emp_length_years"] = frame["emp_length_years"].fillna(0)
    frame["revol_util"] = frame["revol_util"].fillna(0)
    frame["credit_score_band"] = (frame["credit_score"] // 50) * 50
    frame["has_delinq"] = (frame["delinq_2yrs"] > 0).astype(int)

train = pd.get_dummies(train, columns=["home_ownership", "purpose"])
test = pd.get_dummies(test, columns=["home_ownership", "purpose"])
train, test = train.align(test, join="left", axis=1, fill_value=0)

print("features:", list(train.columns))

model = ExtraTreesClassifier(n_estimators=500, max_depth=12, min_samples_leaf=5,
                             class_weight="balanced_subsample", random_state=3, n_jobs=-1)
model.fit(train, y)

train_pred = model.predict(train)
acc = accuracy_score(y, train_pred)
print("accuracy:", round(acc, 4))

importances = sorted(zip(model.feature_importances_, train.columns), reverse=True)
for imp, name in importances[:10]:
    print(f"{name:30s} {imp:.4f}")

probs = model.predict_proba(test)[:, 1]
pd.DataFrame({"loan_id": ids, "prediction": probs}).to_csv("predictions.csv", index=False)
print("saved", len(probs), "predictions")
