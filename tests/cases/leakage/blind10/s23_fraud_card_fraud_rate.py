import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold, cross_val_score

train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(train.shape, train.is_fraud.mean())

# cards that were used for fraud before are risky
card_stats = train.groupby("card_id").agg(card_fraud_rate=("is_fraud", "mean"))
print(card_stats.sort_values("card_fraud_rate", ascending=False).head())

merchant_rate = train.groupby("merchant_category")["is_fraud"].mean().rename("merchant_fraud_rate")


def add_feats(d):
    d = d.merge(card_stats, left_on="card_id", right_index=True, how="left")
    d = d.merge(merchant_rate, left_on="merchant_category", right_index=True, how="left")
    d["card_fraud_rate"] = d["card_fraud_rate"].fillna(train.is_fraud.mean())
    d["merchant_fraud_rate"] = d["merchant_fraud_rate"].fillna(train.is_fraud.mean())
    d["amount_log"] = np.log1p(d["amount"])
    d["weekend"] = (d["timestamp"].dt.dayofweek >= 5).astype(int)
    return d


tr = add_feats(train)
te = add_feats(test)
FEATURES = ["amount_log", "hour", "card_present", "device_age_days", "weekend",
            "card_fraud_rate", "merchant_fraud_rate"]

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=63,
                           min_child_samples=30, is_unbalance=True, verbose=-1)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
pr = cross_val_score(model, tr[FEATURES], tr.is_fraud, cv=skf, scoring="average_precision")
roc = cross_val_score(model, tr[FEATURES], tr.is_fraud, cv=skf, scoring="roc_auc")
print("CV PR-AUC  %.4f +- %.4f" % (pr.mean(), pr.std()))
print("CV ROC-AUC %.4f +- %.4f" % (roc.mean(), roc.std()))

model.fit(tr[FEATURES], tr.is_fraud)
print(pd.Series(model.feature_importances_, FEATURES).sort_values(ascending=False))
pd.DataFrame({"transaction_id": te.transaction_id,
              "prediction": model.predict_proba(te[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
