"""XGBoost for the card-fraud take-home.

Feature policy: only what the issuer sees when the authorisation request
arrives. chargeback_flag is raised after a cardholder dispute, i.e. after the
outcome we are predicting, so it is removed along with the id and the label.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df["is_fraud"].value_counts())

print(pd.crosstab(df["chargeback_flag"], df["is_fraud"], normalize="index"))
print(df.groupby("is_fraud")[["amount", "distance_from_home_km", "txn_count_24h"]].median())

NOT_AT_AUTH = ["chargeback_flag"]


def to_matrix(frame):
    out = frame.drop(columns=["transaction_id", "is_fraud"] + NOT_AT_AUTH, errors="ignore")
    out["log_amount"] = np.log1p(out["amount"])
    return pd.get_dummies(out, columns=["merchant_category"], dtype=int)


X = to_matrix(df)
y = df["is_fraud"]
X_sub = to_matrix(test).reindex(columns=X.columns, fill_value=0)
print(X.columns.tolist())

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)
spw = (y_tr == 0).sum() / (y_tr == 1).sum()

model = xgb.XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05, subsample=0.9,
                          colsample_bytree=0.8, scale_pos_weight=spw, eval_metric="aucpr",
                          random_state=11, n_jobs=-1)
model.fit(X_tr, y_tr)
p_va = model.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("Dummy AP   :", average_precision_score(y_va, dummy.predict_proba(X_va)[:, 1]))
print("XGBoost AP :", average_precision_score(y_va, p_va))
print("XGBoost AUC:", roc_auc_score(y_va, p_va))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(12))

model.fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
