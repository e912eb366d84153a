# fraud take-home -- Chen W. (bootcamp, graduated last month)
# plan: simple cleaning, one boosting model, compare with a dummy, submit

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

pd.set_option("display.max_columns", 50)

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.head())
print(df.dtypes)
print(df.describe(include="all").T)
print("fraud share", df["is_fraud"].mean())

print(df.isna().sum())
df["device_type"] = df["device_type"].fillna("unknown")
test["device_type"] = test["device_type"].fillna("unknown")

# the bank sets chargeback_flag after the dispute -> not available at prediction time
# card_id has too many values, timestamp is a string
X = df.drop(columns=["is_fraud", "chargeback_flag", "card_id", "timestamp"])
y = df["is_fraud"]
X = pd.get_dummies(X, columns=["merchant_category", "country", "device_type"], dtype=int)
print(X.shape)
print(X.columns.tolist())

X_test_file = pd.get_dummies(test.drop(columns=["chargeback_flag", "card_id", "timestamp"], errors="ignore"),
                             columns=["merchant_category", "country", "device_type"], dtype=int)
X_test_file = X_test_file.reindex(columns=X.columns, fill_value=0)

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
pd_ = dummy.predict_proba(X_va)[:, 1]
print("dummy   AUC %.3f  AP %.3f" % (roc_auc_score(y_va, pd_), average_precision_score(y_va, pd_)))

hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                     class_weight="balanced", random_state=0)
hgb.fit(X_tr, y_tr)
ph = hgb.predict_proba(X_va)[:, 1]
print("hgb     AUC %.3f  AP %.3f" % (roc_auc_score(y_va, ph), average_precision_score(y_va, ph)))
print("recall", recall_score(y_va, ph > 0.5), "precision", precision_score(y_va, ph > 0.5))

sub = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": hgb.predict_proba(X_test_file)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.shape)
