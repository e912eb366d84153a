"""
Fraud detection take-home.

One-hot of merchant category / country / device gives ~180 columns, most useless.
Keep the 25 most informative (mutual information) and fit a class-weighted
logistic regression on them.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

SEED = 11

df = pd.read_csv("train.csv")
df = df.drop(columns=["chargeback_flag"])  # only known after a dispute, can't use at decision time
print(df.shape, df["is_fraud"].mean())

df["log_amt"] = np.log1p(df["amount"])
df["foreign"] = (df["country"] != df["card_country"]).astype(int)
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)

onehot = pd.get_dummies(df[["merchant_category", "country", "device_type"]], dtype=float)
X_all = pd.concat([df[["log_amt", "foreign", "hour_sin", "hour_cos", "is_online"]], onehot], axis=1)
y = df["is_fraud"].values
print("candidate features:", X_all.shape[1])

selector = SelectKBest(mutual_info_classif, k=25)
X_sel = selector.fit_transform(X_all, y)
kept = X_all.columns[selector.get_support()]
print("kept:", list(kept))

X_train, X_holdout, y_train, y_holdout = train_test_split(X_sel, y, test_size=0.2, stratify=y, random_state=SEED)

sc = StandardScaler().fit(X_train)
X_train_s, X_holdout_s = sc.transform(X_train), sc.transform(X_holdout)

base = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train_s, y_train)
clf = LogisticRegression(class_weight="balanced", C=0.3, max_iter=2000).fit(X_train_s, y_train)

for name, m in [("baseline (stratified dummy)", base), ("logreg", clf)]:
    proba = m.predict_proba(X_holdout_s)[:, 1]
    print(f"{name:28s} AP={average_precision_score(y_holdout, proba):.4f} AUC={roc_auc_score(y_holdout, proba):.4f}")

print(classification_report(y_holdout, clf.predict(X_holdout_s), digits=3))

coefs = pd.Series(clf.coef_[0], index=kept).sort_values()
print(coefs.tail(10))
