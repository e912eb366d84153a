import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, f1_score

df = pd.read_csv("train.csv")
df = df.drop(columns=["snapshot_id"])
df["plan"] = df["plan"].astype("category").cat.codes

y = df["churned_next_month"]
X = df.drop(columns=["churned_next_month", "snapshot_month"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
print(f"ROC AUC: {roc_auc_score(y_test, proba):.4f}")
print(f"F1: {f1_score(y_test, proba > 0.5):.4f}")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
