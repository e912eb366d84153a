# Card-fraud detection: PCA-anonymised features V1..V28 + Amount.
# Fraud is ~0.17% of rows, so we rebalance with SMOTE - on the training part only (imblearn Pipeline).
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.metrics import (roc_auc_score, average_precision_score, precision_recall_curve,
                             classification_report)

df = pd.read_csv("creditcard.csv")
print(df.shape, "fraud share: %.4f" % df["Class"].mean())

# Amount is heavy-tailed: a log is enough for trees and keeps things row-wise
df["log_amount"] = np.log1p(df["Amount"])
features = [f"V{i}" for i in range(1, 29)] + ["log_amount"]

X = df[features].values
y = df["Class"].values

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=42
)

rf = Pipeline([
    ("smote", SMOTE(sampling_strategy=0.1, k_neighbors=5, random_state=42)),
    ("rf", RandomForestClassifier(n_estimators=400, min_samples_leaf=2, max_features="sqrt",
                                  n_jobs=-1, random_state=42)),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
cv_ap = cross_val_score(rf, X_train, y_train, cv=cv, scoring="average_precision")
print(f"CV PR AUC (SMOTE refit per fold): {cv_ap.mean():.4f} +- {cv_ap.std():.4f}")

rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=42).fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print(f"ROC AUC  rf {roc_auc_score(y_test, proba):.4f} | dummy {roc_auc_score(y_test, p_dummy):.4f}")
print(f"PR  AUC  rf {average_precision_score(y_test, proba):.4f} | "
      f"dummy {average_precision_score(y_test, p_dummy):.4f}")

prec, rec, thr = precision_recall_curve(y_test, proba)
for target_recall in (0.7, 0.8, 0.9):
    i = np.where(rec >= target_recall)[0][-1]
    print(f"recall>={target_recall:.1f}: precision {prec[i]:.3f}")

print(classification_report(y_test, (proba >= 0.5).astype(int), digits=4))

imp = pd.Series(rf.named_steps["rf"].feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))
