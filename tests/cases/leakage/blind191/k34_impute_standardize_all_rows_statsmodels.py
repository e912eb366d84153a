"""Interpretable fraud model: logistic regression in statsmodels.

The risk team asked for coefficients they can read, so this is a plain logit
with a handful of features. A few amounts are missing in the export; those are
filled with the median and amount is standardised before fitting.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import train_test_split

pd.options.display.float_format = "{:.4f}".format

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(f"{len(df):,} rows, {df['amount'].isna().sum()} missing amounts, fraud rate {df['is_fraud'].mean():.3%}")

# --- cleaning -------------------------------------------------------------
amount_median = df["amount"].median()
df["amount"] = df["amount"].fillna(amount_median)
df["amount_z"] = (df["amount"] - df["amount"].mean()) / df["amount"].std()

ts = pd.to_datetime(df["transaction_time"])
df["night"] = ts.dt.hour.isin(range(0, 6)).astype(int)
df["weekend"] = (ts.dt.dayofweek >= 5).astype(int)
df["online"] = df["device"].isin(["web", "mobile"]).astype(int)
df["cross_border"] = (df["country"] != df["country"].mode()[0]).astype(int)
risky = ["electronics", "gift_cards", "travel", "jewelry"]
df["risky_mcc"] = df["merchant_category"].isin(risky).astype(int)

FEATURES = ["amount_z", "night", "weekend", "online", "cross_border", "risky_mcc"]

train, valid = train_test_split(df, test_size=0.25, stratify=df["is_fraud"], random_state=4)

X_tr = sm.add_constant(train[FEATURES], has_constant="add")
X_va = sm.add_constant(valid[FEATURES], has_constant="add")

logit = sm.Logit(train["is_fraud"], X_tr).fit(disp=False, maxiter=200)
print(logit.summary())

odds = np.exp(logit.params).rename("odds_ratio")
print(odds)

# --- evaluation -------------------------------------------------------------
p_va = logit.predict(X_va)
base_rate = train["is_fraud"].mean()
p_base = np.full(len(valid), base_rate)  # baseline: predict the training prior for everyone
print(f"logit    ROC AUC {roc_auc_score(valid['is_fraud'], p_va):.4f}  "
      f"AP {average_precision_score(valid['is_fraud'], p_va):.4f}  "
      f"Brier {brier_score_loss(valid['is_fraud'], p_va):.4f}")
print(f"baseline ROC AUC {roc_auc_score(valid['is_fraud'], p_base):.4f}  "
      f"AP {average_precision_score(valid['is_fraud'], p_base):.4f}  "
      f"Brier {brier_score_loss(valid['is_fraud'], p_base):.4f}")

# --- submission -------------------------------------------------------------
sub["amount"] = sub["amount"].fillna(amount_median)
sub["amount_z"] = (sub["amount"] - df["amount"].mean()) / df["amount"].std()
ts_s = pd.to_datetime(sub["transaction_time"])
sub["night"] = ts_s.dt.hour.isin(range(0, 6)).astype(int)
sub["weekend"] = (ts_s.dt.dayofweek >= 5).astype(int)
sub["online"] = sub["device"].isin(["web", "mobile"]).astype(int)
sub["cross_border"] = (sub["country"] != df["country"].mode()[0]).astype(int)
sub["risky_mcc"] = sub["merchant_category"].isin(risky).astype(int)

final = sm.Logit(df["is_fraud"], sm.add_constant(df[FEATURES], has_constant="add")).fit(disp=False, maxiter=200)
pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": final.predict(sm.add_constant(sub[FEATURES], has_constant="add"))}).to_csv(
    "predictions.csv", index=False)
