# Denial prediction - random forest
# Denials are only ~12% of lines, so I upsample the denied lines to help the forest.
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

claims = pd.read_csv("train.csv")
print(claims.head())
print(claims.denied.value_counts(normalize=True))

drop_cols = ["claim_line_id", "claim_id", "member_id", "denial_reason_code",
             "paid_amount", "allowed_amount", "adjudication_date",
             "service_date", "submit_date"]

# simple groupings: POS buckets + ICD chapter + CPT range
claims["pos_bucket"] = claims["place_of_service"].map(
    {11: "office", 21: "inpatient", 22: "outpatient", 23: "er", 81: "lab"}).fillna("other")
claims["icd_chapter"] = claims["icd10_primary"].str[0]
claims["cpt_range"] = pd.cut(pd.to_numeric(claims["cpt_code"], errors="coerce"),
                             bins=[0, 9999, 69999, 79999, 89999, 99999],
                             labels=["anes", "surgery", "radiology", "path_lab", "em_medicine"])

feat = claims.drop(columns=drop_cols)
feat = pd.get_dummies(feat, columns=["pos_bucket", "icd_chapter", "cpt_range", "network_status",
                                     "plan_type", "provider_specialty", "member_gender"],
                      dummy_na=True)
feat = feat.drop(columns=["icd10_primary", "cpt_code", "modifier_1", "place_of_service", "provider_state"])

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
train_ix, test_ix = next(splitter.split(feat, feat["denied"], feat["provider_id"]))
train_part = feat.iloc[train_ix]
test_part = feat.iloc[test_ix]

# --- rebalance the training providers only; holdout keeps the real 12% ---
majority = train_part[train_part.denied == 0]
minority = train_part[train_part.denied == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority) // 2, random_state=42)
train_bal = pd.concat([majority, minority_up]).sample(frac=1, random_state=42)
print("train after upsampling:", train_bal.denied.mean(), "| holdout:", test_part.denied.mean())

X_train = train_bal.drop(columns=["denied", "provider_id"]).fillna(-1)
y_train = train_bal["denied"]
X_test = test_part.drop(columns=["denied", "provider_id"]).fillna(-1)
y_test = test_part["denied"]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
dproba = dummy.predict_proba(X_test)[:, 1]

print("dummy  AUC", round(roc_auc_score(y_test, dproba), 3), "AP", round(average_precision_score(y_test, dproba), 3))
print("forest AUC", round(roc_auc_score(y_test, proba), 3), "AP", round(average_precision_score(y_test, proba), 3))
print("recall", round(recall_score(y_test, pred), 3), "precision", round(precision_score(y_test, pred), 3))

imp = pd.Series(rf.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(imp.head(15))
