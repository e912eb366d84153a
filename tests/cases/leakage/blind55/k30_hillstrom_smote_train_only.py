# Hillstrom visit prediction
# - one-hot encode categoricals
# - SMOTE on the training part to balance visit / no-visit (15% positives)
# - random forest, evaluated on a 30% holdout

import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, precision_score, classification_report

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.shape)
print(df["visit"].value_counts())
print(df.describe())
print(pd.crosstab(df["channel"], df["visit"], normalize="index").round(3))
print(pd.crosstab(df["zip_code"], df["visit"], normalize="index").round(3))

# history is heavily skewed -> log
df["log_history"] = np.log1p(df["history"])
test["log_history"] = np.log1p(test["history"])

# recency buckets with fixed month edges
edges = [0, 3, 6, 9, 12]
df["recency_q"] = pd.cut(df["recency"], bins=edges, labels=False, include_lowest=True)
test["recency_q"] = pd.cut(test["recency"], bins=edges, labels=False, include_lowest=True)

cats = ["zip_code", "channel", "segment", "history_segment"]
nums = ["recency", "recency_q", "log_history", "mens", "womens", "newbie"]

X = pd.get_dummies(df[nums + cats], columns=cats, dtype=int)
X_test = pd.get_dummies(test[nums + cats], columns=cats, dtype=int).reindex(columns=X.columns, fill_value=0)
y = df["visit"]

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.3, stratify=y, random_state=42)

# balance only the training part; the holdout keeps the real 15% visit rate
sm = SMOTE(random_state=42, k_neighbors=5)
X_train, y_train = sm.fit_resample(X_train, y_train)
print("resampled train:", X_train.shape, y_train.mean())

rf = RandomForestClassifier(n_estimators=300, max_depth=12, min_samples_leaf=5, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

proba = rf.predict_proba(X_valid)[:, 1]
pred = (proba >= 0.5).astype(int)

print("ROC AUC  :", round(roc_auc_score(y_valid, proba), 4))
print("F1       :", round(f1_score(y_valid, pred), 4))
print("Recall   :", round(recall_score(y_valid, pred), 4))
print("Precision:", round(precision_score(y_valid, pred), 4))
print(classification_report(y_valid, pred, digits=3))

feat_imp = pd.DataFrame({"feature": X.columns, "importance": rf.feature_importances_})
print(feat_imp.sort_values("importance", ascending=False).head(15))

X_res, y_res = SMOTE(random_state=42, k_neighbors=5).fit_resample(X, y)
rf.fit(X_res, y_res)
out = pd.DataFrame({"customer_id": test["customer_id"], "prediction": rf.predict_proba(X_test)[:, 1]})
out.to_csv("predictions.csv", index=False)
print("done")
