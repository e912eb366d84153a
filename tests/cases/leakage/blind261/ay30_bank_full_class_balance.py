# Bank Marketing (bank-full.csv) - handling the 88/12 imbalance by upsampling
# the "yes" class with sklearn's resample, then RF vs LR.

import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, recall_score, precision_score, f1_score

bank = pd.read_csv("bank-full.csv", sep=";")
bank["y"] = bank["y"].map({"yes": 1, "no": 0})
print(bank["y"].value_counts())

# binary yes/no columns -> 0/1, the rest one-hot
for col in ["default", "housing", "loan"]:
    bank[col] = (bank[col] == "yes").astype(int)
bank = pd.get_dummies(bank, columns=["job", "marital", "education", "contact", "month", "poutcome"], drop_first=True)
bank = bank.drop(columns=["duration"])  # known only after the call

# hold out the test rows first, they keep the real 88/12 mix
train_df, test_df = train_test_split(bank, test_size=0.25, random_state=123, stratify=bank["y"])

# --- balance the classes (training rows only) ---
majority = train_df[train_df.y == 0]
minority = train_df[train_df.y == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123)
print("train after upsampling:\n", balanced.y.value_counts())

X_train = balanced.drop(columns="y")
y_train = balanced["y"]
X_test = test_df.drop(columns="y")
y_test = test_df["y"]

baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
logreg = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X_train, y_train)
forest = RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=123).fit(X_train, y_train)

for name, model in [("baseline", baseline), ("logreg", logreg), ("forest", forest)]:
    pred = model.predict(X_test)
    proba = model.predict_proba(X_test)[:, 1]
    print(f"--- {name} ---")
    print("recall %.3f  precision %.3f  f1 %.3f  auc %.3f" % (
        recall_score(y_test, pred), precision_score(y_test, pred, zero_division=0),
        f1_score(y_test, pred), roc_auc_score(y_test, proba)))

print(classification_report(y_test, forest.predict(X_test)))
