"""Insurance fraud flagging: choose the operating threshold on a validation split."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score, precision_recall_curve, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split

claims = pd.read_csv("data/insurance_claims.csv")
claims = claims.drop(columns=["policy_number", "incident_location", "_c39"], errors="ignore")
target = (claims.pop("fraud_reported") == "Y").astype(int)

for col in claims.select_dtypes("object").columns:
    claims[col] = claims[col].astype("category")

X_dev, X_test, y_dev, y_test = train_test_split(claims, target, test_size=0.2, stratify=target, random_state=99)
X_train, X_val, y_train, y_val = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev, random_state=99)
print(f"train={len(X_train)} val={len(X_val)} test={len(X_test)}")

model = HistGradientBoostingClassifier(
    categorical_features="from_dtype",
    learning_rate=0.05,
    max_iter=1000,
    early_stopping=True,
    validation_fraction=0.15,
    n_iter_no_change=30,
    random_state=99,
)
model.fit(X_train, y_train)
print("boosting iterations:", model.n_iter_)

val_scores = model.predict_proba(X_val)[:, 1]
precision, recall, thresholds = precision_recall_curve(y_val, val_scores)
f1_curve = 2 * precision[:-1] * recall[:-1] / np.clip(precision[:-1] + recall[:-1], 1e-9, None)
threshold = float(thresholds[np.argmax(f1_curve)])
print(f"threshold chosen on validation: {threshold:.3f} (val F1={f1_curve.max():.3f})")

test_scores = model.predict_proba(X_test)[:, 1]
flagged = (test_scores >= threshold).astype(int)
print(f"test ROC AUC  : {roc_auc_score(y_test, test_scores):.4f}")
print(f"test F1       : {f1_score(y_test, flagged):.4f}")
print(f"test precision: {precision_score(y_test, flagged):.4f}")
print(f"test recall   : {recall_score(y_test, flagged):.4f}")
print(f"flag rate     : {flagged.mean():.3%}")
