# Churn prediction - take home
# Author's note: kept it simple, logistic regression + a tree for comparison.

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("Train shape:", train.shape)
print("Test shape:", test.shape)
print(train.head())

train["snapshot_month"] = pd.to_datetime(train["snapshot_month"])

numeric_features = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
categorical_features = ["plan"]
target = "churned_next_month"

# Step 1: choose which customers are used for validation (they never appear in training)
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=99)
train_idx, val_idx = next(splitter.split(train, groups=train["customer_id"]))
val_customers = train.iloc[val_idx]["customer_id"].unique()

# Step 2: train on months before July, validate on July-September of the validation customers
is_val_customer = train["customer_id"].isin(val_customers)
is_late = train["snapshot_month"] >= "2024-07-01"
train_set = train[~is_val_customer & ~is_late]
val_set = train[is_val_customer & is_late]

X_train = train_set[numeric_features + categorical_features]
y_train = train_set[target]
X_val = val_set[numeric_features + categorical_features]
y_val = val_set[target]

print("Training samples:", len(X_train))
print("Validation samples:", len(X_val))

preprocess = ColumnTransformer(
    transformers=[
        ("num", StandardScaler(), numeric_features),
        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical_features),
    ]
)

# Baseline
dummy = Pipeline([("prep", preprocess), ("clf", DummyClassifier(strategy="most_frequent"))])
dummy.fit(X_train, y_train)
dummy_acc = accuracy_score(y_val, dummy.predict(X_val))
print("Baseline accuracy:", round(dummy_acc, 4))

# Logistic regression
logreg = Pipeline([("prep", preprocess), ("clf", LogisticRegression(max_iter=1000))])
logreg.fit(X_train, y_train)
log_acc = accuracy_score(y_val, logreg.predict(X_val))
print("Logistic regression accuracy:", round(log_acc, 4))

# Decision tree
tree = Pipeline([("prep", preprocess), ("clf", DecisionTreeClassifier(max_depth=5, random_state=99))])
tree.fit(X_train, y_train)
tree_acc = accuracy_score(y_val, tree.predict(X_val))
print("Decision tree accuracy:", round(tree_acc, 4))

print()
print("Improvement over baseline (logreg): {:.2f} points".format(100 * (log_acc - dummy_acc)))

# Coefficients for interpretation
feature_names = numeric_features + list(
    logreg.named_steps["prep"].named_transformers_["cat"].get_feature_names_out(categorical_features)
)
coef = pd.Series(logreg.named_steps["clf"].coef_[0], index=feature_names)
print(coef.sort_values())

# Final model: logistic regression on the full training data
logreg.fit(train[numeric_features + categorical_features], train[target])
test_probs = logreg.predict_proba(test[numeric_features + categorical_features])[:, 1]
submission = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": test_probs})
submission.to_csv("predictions.csv", index=False)
print("Submission saved:", submission.shape)
