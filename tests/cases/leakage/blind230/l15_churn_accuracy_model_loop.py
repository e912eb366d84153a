# Churn prediction - trying a bunch of classic models
# Author's notes: keep it simple, compare everything against "nobody churns".

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.naive_bayes import GaussianNB
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.shape)
print(df.columns.tolist())
print(df.churned_next_month.value_counts())
print(df.plan.value_counts())
print(df.snapshot_month.value_counts().sort_index())
print(df.describe())

# histogram of a few columns by target
fig, ax = plt.subplots(2, 2, figsize=(10, 7))
for a, col in zip(ax.ravel(), ["monthly_charges", "tenure_months", "usage_hours", "support_tickets"]):
    df[df.churned_next_month == 0][col].plot.hist(ax=a, bins=30, alpha=0.5, density=True, label="stay")
    df[df.churned_next_month == 1][col].plot.hist(ax=a, bins=30, alpha=0.5, density=True, label="churn")
    a.set_title(col)
    a.legend()
plt.tight_layout()
plt.savefig("hists.png")

cols = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
df = pd.get_dummies(df, columns=["plan"], dtype=int)
test = pd.get_dummies(test, columns=["plan"], dtype=int)
plan_cols = [c for c in df.columns if c.startswith("plan_")]
for c in plan_cols:
    if c not in test:
        test[c] = 0
cols = cols + plan_cols

# validation: Aug + Sep, customers not present before August
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
before = df[df.snapshot_month < "2024-08-01"]
after = df[df.snapshot_month >= "2024-08-01"]
after = after[~after.customer_id.isin(before.customer_id.unique())]

X_train = before[cols]
y_train = before.churned_next_month
X_val = after[cols]
y_val = after.churned_next_month
print(len(X_train), len(X_val))

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_val_s = scaler.transform(X_val)

models = [
    ("Dummy (most frequent)", DummyClassifier(strategy="most_frequent")),
    ("Logistic Regression", LogisticRegression(max_iter=500)),
    ("Decision Tree", DecisionTreeClassifier(max_depth=6, random_state=1)),
    ("KNN", KNeighborsClassifier(n_neighbors=15)),
    ("Naive Bayes", GaussianNB()),
    ("Random Forest", RandomForestClassifier(n_estimators=200, random_state=1)),
    ("Extra Trees", ExtraTreesClassifier(n_estimators=200, random_state=1)),
]

acc = {}
for name, model in models:
    model.fit(X_train_s, y_train)
    preds = model.predict(X_val_s)
    acc[name] = accuracy_score(y_val, preds)
    print(f"{name:25s} accuracy: {acc[name]:.4f}")

acc = pd.Series(acc).sort_values()
acc.plot.barh(xlim=(0.85, 1.0), title="validation accuracy")
plt.tight_layout()
plt.savefig("model_accuracy.png")

best = acc.drop("Dummy (most frequent)").idxmax()
print("best:", best, acc[best], "vs dummy", acc["Dummy (most frequent)"])

# train accuracy too, to check overfitting
for name, model in models:
    print(name, "train acc", round(model.score(X_train_s, y_train), 4))

# final model on all the data
final = dict(models)[best]
scaler_full = StandardScaler().fit(df[cols])
final.fit(scaler_full.transform(df[cols]), df.churned_next_month)
test_pred = final.predict_proba(scaler_full.transform(test[cols]))[:, 1]
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": test_pred}).to_csv("predictions.csv", index=False)
