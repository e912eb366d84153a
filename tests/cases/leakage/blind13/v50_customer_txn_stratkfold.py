"""Card transaction fraud - per-transaction classifier, 5-fold stratified CV.

transactions.csv: txn_id, customer_id, amount, merchant_category, channel,
                  txn_hour, distance_from_home_km, card_present, is_fraud
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

tx = pd.read_csv("transactions.csv")
print(tx.shape, "fraud rate:", tx["is_fraud"].mean().round(4))

# how many transactions per customer, and how concentrated is fraud?
per_cust = tx.groupby("customer_id").agg(n_txn=("txn_id", "size"), n_fraud=("is_fraud", "sum"))
print(per_cust.describe())
print("customers with any fraud:", (per_cust["n_fraud"] > 0).mean().round(3))

tx["log_amount"] = np.log1p(tx["amount"])
tx["night"] = tx["txn_hour"].between(0, 5).astype(int)
tx["far_from_home"] = (tx["distance_from_home_km"] > 100).astype(int)

features = ["log_amount", "merchant_category", "channel", "txn_hour", "night",
            "distance_from_home_km", "far_from_home", "card_present"]
cat_features = ["merchant_category", "channel"]

X, y = tx[features], tx["is_fraud"].values
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
oof = np.zeros(len(tx))

for k, (tr, va) in enumerate(skf.split(X, y)):
    cb = CatBoostClassifier(iterations=800, learning_rate=0.05, depth=6,
                            auto_class_weights="Balanced", verbose=0, random_seed=k)
    cb.fit(X.iloc[tr], y[tr], cat_features=cat_features)
    oof[va] = cb.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {k}: AP {average_precision_score(y[va], oof[va]):.4f}  AUC {roc_auc_score(y[va], oof[va]):.4f}")

print("OOF PR-AUC :", round(average_precision_score(y, oof), 4))
print("OOF ROC-AUC:", round(roc_auc_score(y, oof), 4))
