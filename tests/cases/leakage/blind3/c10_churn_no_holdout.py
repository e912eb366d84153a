import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv")
feats = ["monthly_charges", "num_products", "support_tickets", "autopay", "days_since_login"]
rf = RandomForestClassifier(n_estimators=500, random_state=0).fit(df[feats], df["churned"])
dummy = DummyClassifier(strategy="prior").fit(df[feats], df["churned"])
print("AUC", roc_auc_score(df["churned"], rf.predict_proba(df[feats])[:, 1]))
print("baseline AUC", roc_auc_score(df["churned"], dummy.predict_proba(df[feats])[:, 1]))
test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": rf.predict_proba(test[feats])[:, 1]}).to_csv(
    "predictions.csv", index=False)
