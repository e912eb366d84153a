import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import accuracy_score, roc_auc_score

df = pd.read_csv("train.csv")
feats = ["amount", "hour", "merchant_risk", "card_age_days", "txn_count_24h"]
Xtr, Xte, ytr, yte = train_test_split(df[feats], df["is_fraud"], test_size=0.25, stratify=df["is_fraud"], random_state=5)
svc = CalibratedClassifierCV(LinearSVC(C=0.1), cv=3).fit(Xtr, ytr)
print("accuracy", accuracy_score(yte, svc.predict(Xte)))
print("roc auc", roc_auc_score(yte, svc.predict_proba(Xte)[:, 1]))
