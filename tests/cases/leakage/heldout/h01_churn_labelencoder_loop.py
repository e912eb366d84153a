import pandas as pd
import numpy as np
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv")
cat_cols = ["plan", "region", "payment_method"]
for c in cat_cols:
    le = LabelEncoder()
    df[c] = le.fit_transform(df[c].astype(str))

X = df.drop(["churned", "customer_id", "cancellation_reason_code"], axis=1)
y = df.churned
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=.2, random_state=1, stratify=y)
rf = RandomForestClassifier(500, n_jobs=-1).fit(Xtr, ytr)
print("AUC rf", roc_auc_score(yte, rf.predict_proba(Xte)[:, 1]))
print("AUC dummy", roc_auc_score(yte, DummyClassifier().fit(Xtr, ytr).predict_proba(Xte)[:, 1]))
