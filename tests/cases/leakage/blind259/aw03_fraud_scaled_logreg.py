import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
df.info()
print(df.is_fraud.value_counts())

cats = ["merchant_category", "country", "device_type"]
feats = ["amount", "hour"] + cats

X = pd.get_dummies(df[feats], columns=cats, dtype=float)
y = df["is_fraud"]

sc = StandardScaler()
X = pd.DataFrame(sc.fit_transform(X), columns=X.columns)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

lr = LogisticRegression(max_iter=1000).fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="stratified", random_state=1).fit(X_tr, y_tr)

p = lr.predict_proba(X_te)[:, 1]
print("logreg  AUC %.3f  AP %.3f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p)))
pd_ = dummy.predict_proba(X_te)[:, 1]
print("dummy   AUC %.3f  AP %.3f" % (roc_auc_score(y_te, pd_), average_precision_score(y_te, pd_)))

# submission
Xs = pd.get_dummies(sub[feats], columns=cats, dtype=float).reindex(columns=X.columns, fill_value=0)
Xs = pd.DataFrame(sc.transform(Xs), columns=X.columns)
out = pd.DataFrame({"transaction_id": sub.transaction_id, "prediction": lr.predict_proba(Xs)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.head())
