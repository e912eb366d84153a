import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report

df = pd.read_csv("train.csv")
df = pd.get_dummies(df, columns=["plan", "region"], drop_first=True)
df["tenure_years"] = df["tenure_months"] / 12
X = df.drop(["churned", "customer_id", "cancellation_reason_code", "payment_method"], axis=1)
y = df.churned
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=.2, random_state=1, stratify=y)
lr = LogisticRegression(max_iter=2000).fit(Xtr, ytr)
p = lr.predict_proba(Xte)[:, 1]
print(classification_report(yte, p > 0.5))
print("AUC", roc_auc_score(yte, p))
d = DummyClassifier(strategy="stratified").fit(Xtr, ytr)
print("AUC dummy", roc_auc_score(yte, d.predict_proba(Xte)[:, 1]))
