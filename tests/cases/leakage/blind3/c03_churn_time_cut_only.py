import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
features = ["monthly_charges", "support_tickets", "num_products", "autopay", "days_since_login"]

train = df[df.snapshot_month <= "2024-06-01"]
test = df[df.snapshot_month > "2024-06-01"]

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, class_weight="balanced"))
clf.fit(train[features], train.churned)
baseline = DummyClassifier(strategy="stratified", random_state=0).fit(train[features], train.churned)
print("model AUC", roc_auc_score(test.churned, clf.predict_proba(test[features])[:, 1]))
print("baseline AUC", roc_auc_score(test.churned, baseline.predict_proba(test[features])[:, 1]))
