import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import precision_score, recall_score, roc_auc_score, average_precision_score

TARGET = "is_fraud"
NON_FEATURES = {TARGET, "chargeback_flag", "merchant_description", "merchant_category", "device_type"}

transactions = pd.read_csv("train.csv")
transactions["night"] = transactions["hour_of_day"].between(0, 5).astype(int)
transactions["desc_len"] = transactions["merchant_description"].fillna("").str.len()
transactions = pd.concat(
    [transactions, pd.get_dummies(transactions["device_type"], prefix="dev", dtype=int)], axis=1)

feature_cols = [c for c in transactions.columns if c not in NON_FEATURES]
print(len(feature_cols), "features:", feature_cols)

X = transactions[feature_cols].fillna(0)
y = transactions[TARGET]

smote = SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=0)
X_bal, y_bal = smote.fit_resample(X, y)
print("after SMOTE:", y_bal.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.25,
                                                    stratify=y_bal, random_state=0)

forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, max_features="sqrt",
                                n_jobs=-1, random_state=0)
forest.fit(X_train, y_train)
proba = forest.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
dpred = dummy.predict(X_test)

print(f"forest precision {precision_score(y_test, pred):.3f} recall {recall_score(y_test, pred):.3f} "
      f"auc {roc_auc_score(y_test, proba):.3f} ap {average_precision_score(y_test, proba):.3f}")
print(f"dummy  precision {precision_score(y_test, dpred):.3f} recall {recall_score(y_test, dpred):.3f}")

importances = pd.Series(forest.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(importances.head(10))
