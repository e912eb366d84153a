# Churn prediction take-home
# Try a few classic classifiers and compare them on a holdout.

import pandas as pd
import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, precision_score, recall_score, average_precision_score

data = pd.read_csv("train.csv")
new_data = pd.read_csv("test.csv")

print(data.head())
print(data.info())
print("missing:\n", data.isnull().sum())

# fill missing usage with 0 (no usage recorded = didn't use it)
data["usage_hours"] = data["usage_hours"].fillna(0)
new_data["usage_hours"] = new_data["usage_hours"].fillna(0)

# plan -> numbers
plan_map = {"basic": 0, "standard": 1, "premium": 2}
data["plan_num"] = data["plan"].map(plan_map)
new_data["plan_num"] = new_data["plan"].map(plan_map)

feature_cols = ["plan_num", "monthly_charges", "tenure_months", "usage_hours",
                "support_tickets", "payment_failures"]

# holdout = last 3 months, only customers that weren't in the earlier months
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
train_part = data[data["snapshot_month"] < "2024-07-01"]
holdout = data[data["snapshot_month"] >= "2024-07-01"]
holdout = holdout[~holdout["customer_id"].isin(train_part["customer_id"])]

X_train = train_part[feature_cols]
y_train = train_part["churned_next_month"]
X_test = holdout[feature_cols]
y_test = holdout["churned_next_month"]
print("train size:", len(X_train), " test size:", len(X_test))

models = {
    "Baseline (most frequent)": DummyClassifier(strategy="most_frequent"),
    "Logistic Regression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "KNN (k=15)": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=15)),
    "Decision Tree": DecisionTreeClassifier(max_depth=6, random_state=1),
    "Naive Bayes": GaussianNB(),
    "Random Forest": RandomForestClassifier(n_estimators=200, max_depth=10, random_state=1),
}

# accuracy alone is useless with ~5% churners (always "no" gets ~95%), so look at
# precision / recall on the churn class and average precision as well
rows = []
for name, model in models.items():
    model.fit(X_train, y_train)
    preds = model.predict(X_test)
    proba = model.predict_proba(X_test)[:, 1]
    rows.append({
        "model": name,
        "accuracy": accuracy_score(y_test, preds),
        "precision": precision_score(y_test, preds, zero_division=0),
        "recall": recall_score(y_test, preds),
        "avg_precision": average_precision_score(y_test, proba),
    })
    print(f"{name:28s} acc={rows[-1]['accuracy']:.4f} rec={rows[-1]['recall']:.4f} ap={rows[-1]['avg_precision']:.4f}")

print()
print(pd.DataFrame(rows).set_index("model").sort_values("avg_precision", ascending=False).round(4))

# Random forest for the submission (fit on all labelled data)
rf = RandomForestClassifier(n_estimators=200, max_depth=10, random_state=1)
rf.fit(data[feature_cols], data["churned_next_month"])
out = pd.DataFrame({
    "snapshot_id": new_data["snapshot_id"],
    "churn_probability": rf.predict_proba(new_data[feature_cols])[:, 1],
})
out.to_csv("predictions.csv", index=False)
print("saved", out.shape)
