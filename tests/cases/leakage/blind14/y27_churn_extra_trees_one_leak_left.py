# Churn take-home - ExtraTrees
# validation: Oct-Dec, new customers only; compare with a prior-rate dummy
import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.columns.tolist())
print(df["churned_next_month"].value_counts())

# retention offers are made to people who already asked to cancel -> not available at prediction time
df = df.drop(columns=["retention_offer_accepted"])
test = test.drop(columns=["retention_offer_accepted"], errors="ignore")

df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
test = pd.get_dummies(test, columns=["plan", "region"], dtype=int)

df["inactive_2w"] = (df["days_since_last_login"] > 14).astype(int)
test["inactive_2w"] = (test["days_since_last_login"] > 14).astype(int)

df = df.fillna(-999)
test = test.fillna(-999)

ID_COLS = ["snapshot_id", "customer_id", "snapshot_month"]
FEATURES = [c for c in df.columns if c not in ID_COLS + ["churned_next_month"]]
print(FEATURES)

tr = df[df["snapshot_month"] < "2024-10-01"]
va = df[(df["snapshot_month"] >= "2024-10-01") & (~df["customer_id"].isin(tr["customer_id"]))]
print(len(tr), len(va))

et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=3, max_features=0.5,
                          class_weight="balanced", n_jobs=-1, random_state=42)
et.fit(tr[FEATURES], tr["churned_next_month"])
p = et.predict_proba(va[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["churned_next_month"])
print("dummy AP:", average_precision_score(va["churned_next_month"], dummy.predict_proba(va[FEATURES])[:, 1]))
print("ET    AP:", average_precision_score(va["churned_next_month"], p))
print("ET   AUC:", roc_auc_score(va["churned_next_month"], p))
print(classification_report(va["churned_next_month"], (p > 0.5).astype(int)))

imp = pd.Series(et.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

et.fit(df[FEATURES], df["churned_next_month"])
test = test.reindex(columns=ID_COLS + FEATURES, fill_value=0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": et.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
