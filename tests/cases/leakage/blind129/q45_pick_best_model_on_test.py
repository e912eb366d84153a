"""Card fraud - take-home: training script."""
import duckdb
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score, f1_score, precision_recall_curve
import lightgbm as lgb
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier

tx = duckdb.sql("SELECT * FROM read_csv_auto('train.csv')").df()
print(tx.shape)
print(tx.dtypes)
print(duckdb.sql("SELECT is_fraud, COUNT(*) AS n, AVG(amount) AS avg_amt FROM tx GROUP BY is_fraud").df())

by_cat = duckdb.sql("""
    SELECT merchant_category, COUNT(*) AS n, AVG(is_fraud) AS fraud_rate
    FROM tx GROUP BY merchant_category ORDER BY fraud_rate DESC
""").df()
print(by_cat.head(15))
tx["amount"].clip(upper=tx["amount"].quantile(0.99)).hist(bins=60, figsize=(8, 3))
plt.title("amount")
plt.show()
# %
FEATURE_SQL = """
    SELECT transaction_id, card_id, merchant_id, merchant_category, ts, amount, hour, is_foreign, device_score, is_fraud,
        COUNT(*) OVER (PARTITION BY card_id ORDER BY ts
                       RANGE BETWEEN INTERVAL 24 HOURS PRECEDING AND INTERVAL 1 SECOND PRECEDING) AS card_tx_prev24h,
        AVG(amount) OVER (PARTITION BY card_id ORDER BY ts
                          ROWS BETWEEN 10 PRECEDING AND 1 PRECEDING) AS card_amt_avg_prev10
    FROM {src}
"""
feat = duckdb.sql(FEATURE_SQL.format(src="read_csv_auto('train.csv')")).df()
feat["card_amt_avg_prev10"] = feat["card_amt_avg_prev10"].fillna(feat["amount"])
feat["amount_vs_card"] = feat["amount"] / feat["card_amt_avg_prev10"].replace(0, np.nan)
feat["amount_vs_card"] = feat["amount_vs_card"].fillna(1.0)

TARGET = "is_fraud"
FEATURES = ['amount', 'hour', 'is_foreign', 'device_score', 'card_tx_prev24h', 'card_amt_avg_prev10', 'amount_vs_card']

X_tr, X_te, y_tr, y_te = train_test_split(feat[FEATURES], feat[TARGET], test_size=0.25, stratify=feat[TARGET], random_state=0)
print(X_tr.shape, X_te.shape, y_te.mean())

clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.05, num_leaves=63, scale_pos_weight=10, random_state=0, verbose=-1)
candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "lgbm": clf,
}
scores = {}
for name, m in candidates.items():
    m.fit(X_tr, y_tr)
    scores[name] = average_precision_score(y_te, m.predict_proba(X_te)[:, 1])
    print(f"{name:8s} AP={scores[name]:.4f}")
best_name = max(scores, key=scores.get)
clf = candidates[best_name]
print("best model:", best_name, "test AP:", round(scores[best_name], 4))

test = duckdb.sql(FEATURE_SQL.format(src="read_csv_auto('test.csv')")).df()
test["card_amt_avg_prev10"] = test["card_amt_avg_prev10"].fillna(test["amount"])
test["amount_vs_card"] = (test["amount"] / test["card_amt_avg_prev10"].replace(0, np.nan)).fillna(1.0)
X_sub = test[FEATURES]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
