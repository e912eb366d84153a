import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape, df["churned"].mean())

X = df.drop(columns=["churned", "snapshot_id", "customer_id", "snapshot_month",
                     "cancellation_reason", "retention_call_made"])
X = pd.get_dummies(X, columns=["plan_type", "region"])
y = df["churned"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

model = RandomForestClassifier(n_estimators=300, min_samples_leaf=20, class_weight="balanced", random_state=42)
model.fit(X_train, y_train)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
print("ROC AUC", roc_auc_score(y_test, proba))
print("PR AUC", average_precision_score(y_test, proba))
print("baseline PR AUC", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))
