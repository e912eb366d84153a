import pandas as pd
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
cols = ["tenure_months", "monthly_charges", "usage_hours", "support_calls"]
old = df[df.snapshot_month < "2024-08-01"]
new = df[df.snapshot_month >= "2024-08-01"]
new = new.loc[~new.customer_id.isin(old.customer_id)]

tree = DecisionTreeClassifier(max_depth=5).fit(old[cols], old.churned_next_month)
majority = DummyClassifier(strategy="most_frequent").fit(old[cols], old.churned_next_month)
print("majority accuracy:", accuracy_score(new.churned_next_month, majority.predict(new[cols])))
print("tree accuracy:", accuracy_score(new.churned_next_month, tree.predict(new[cols])))
