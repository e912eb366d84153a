import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
cut = pd.Timestamp("2024-07-01")
train = df[df.snapshot_month < cut]
test = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(train.customer_id)]
feats = ["monthly_charges", "num_products", "support_tickets", "autopay"]

clf = LogisticRegression(max_iter=1000).fit(train[feats], train.churned)
base = DummyClassifier(strategy="most_frequent").fit(train[feats], train.churned)
print("accuracy", accuracy_score(test.churned, clf.predict(test[feats])))
print("majority-class accuracy", accuracy_score(test.churned, base.predict(test[feats])))
