# Health-insurance claims: flag fraudulent providers' claims.
# Unsupervised anomaly score from an IsolationForest added as a feature to XGBoost.

import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

claims = pd.read_csv("claims_features.csv")
print(claims.shape)
print(claims["is_fraud"].value_counts())

num_cols = ["claim_amount", "deductible_paid", "n_diagnosis_codes", "n_procedure_codes",
            "length_of_stay", "patient_age", "chronic_count", "provider_claims_30d",
            "provider_avg_amount", "days_admit_to_claim"]
claims[num_cols] = claims[num_cols].fillna(0)
claims["amount_to_provider_avg"] = claims["claim_amount"] / (claims["provider_avg_amount"] + 1)
num_cols.append("amount_to_provider_avg")

iso = IsolationForest(n_estimators=300, contamination="auto", random_state=0, n_jobs=-1)
iso.fit(claims[num_cols])
claims["anomaly_score"] = -iso.score_samples(claims[num_cols])
print(claims.groupby("is_fraud")["anomaly_score"].describe())

features = num_cols + ["anomaly_score", "inpatient"]
X_train, X_test, y_train, y_test = train_test_split(
    claims[features], claims["is_fraud"], test_size=0.25, random_state=0, stratify=claims["is_fraud"]
)

spw = (y_train == 0).sum() / (y_train == 1).sum()
xgb = XGBClassifier(n_estimators=500, learning_rate=0.05, max_depth=5, subsample=0.8,
                    colsample_bytree=0.8, scale_pos_weight=spw, eval_metric="aucpr", random_state=0)
xgb.fit(X_train, y_train)
p = xgb.predict_proba(X_test)[:, 1]

print("ROC AUC:", round(roc_auc_score(y_test, p), 4))
print("PR AUC :", round(average_precision_score(y_test, p), 4))
prec, rec, _ = precision_recall_curve(y_test, p)
print("recall at precision>=0.5:", rec[prec >= 0.5].max())
