"""CLI offer response - logistic regression with account-grouped cross-validation.

Accounts get several offers over time, so folds are grouped by account_id
(no account in both the training and the scoring fold).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["account_id", "snapshot_month"])

# lagged behaviour: value at the previous offer for the same account
for col in ["utilization", "balance", "purchase_count_3m"]:
    df[f"{col}_prev"] = df.groupby("account_id")[col].shift(1)
df["util_change"] = df["utilization"] - df["utilization_prev"]
df["offer_pct"] = df["offer_amount"] / df["credit_limit"]
df["log_limit"] = np.log1p(df["credit_limit"])

num_cols = ["utilization", "utilization_prev", "util_change", "balance", "balance_prev",
            "payment_ratio_3m", "purchase_count_3m", "purchase_count_3m_prev", "purchase_amount_3m",
            "cash_advance_3m", "months_on_book", "fico_current", "num_cli_prior",
            "months_since_last_cli", "offer_amount", "offer_pct", "log_limit"]
cat_cols = ["offer_channel", "region", "income_band"]

X = df[num_cols + cat_cols]
y = df["responded"].values
groups = df["account_id"].values

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
model = Pipeline([("prep", prep), ("lr", LogisticRegression(C=0.5, max_iter=3000))])

from sklearn.model_selection import GroupKFold

gkf = GroupKFold(n_splits=5)
scores = {"logit": [], "dummy": []}
for fold, (tr, te) in enumerate(gkf.split(X, y, groups)):
    model.fit(X.iloc[tr], y[tr])
    p = model.predict_proba(X.iloc[te])[:, 1]
    d = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
    p0 = d.predict_proba(X.iloc[te])[:, 1]
    scores["logit"].append(roc_auc_score(y[te], p))
    scores["dummy"].append(roc_auc_score(y[te], p0))
    print(f"fold {fold}: logit AUC {scores['logit'][-1]:.4f}  logloss {log_loss(y[te], p):.4f}  | dummy logloss {log_loss(y[te], p0):.4f}")

for k, v in scores.items():
    print(f"{k:6s} mean AUC {np.mean(v):.4f} (+/- {np.std(v):.4f})")
