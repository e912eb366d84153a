"""Card fraud - take-home: training script."""
import duckdb
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score, f1_score, precision_recall_curve
import lightgbm as lgb
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.pipeline import Pipeline

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

sfm = SelectFromModel(ExtraTreesClassifier(n_estimators=300, random_state=0), threshold="median")
sfm.fit(feat[FEATURES], feat[TARGET])
FEATURES = [f for f, keep in zip(FEATURES, sfm.get_support()) if keep]
print("selected:", FEATURES)
X_tr, X_te, y_tr, y_te = train_test_split(feat[FEATURES], feat[TARGET], test_size=0.25, stratify=feat[TARGET], random_state=0)

clf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)
clf.fit(X_tr, y_tr)

proba = clf.predict_proba(X_te)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_te, proba), 4))
print("PR AUC :", round(average_precision_score(y_te, proba), 4))
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
print("dummy PR AUC:", round(average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]), 4))

test = duckdb.sql(FEATURE_SQL.format(src="read_csv_auto('test.csv')")).df()
test["card_amt_avg_prev10"] = test["card_amt_avg_prev10"].fillna(test["amount"])
test["amount_vs_card"] = (test["amount"] / test["card_amt_avg_prev10"].replace(0, np.nan)).fillna(1.0)
X_sub = test[FEATURES]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
