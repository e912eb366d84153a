"""Churn: lagged behaviour features + hashed ticket text, SGD logistic model."""
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import SGDClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
TIME, GROUP = "snapshot_month", "customer_id"

df = pd.read_csv("train.csv", parse_dates=[TIME])
df = df.sort_values([GROUP, TIME]).reset_index(drop=True)
df["last_ticket_text"] = df["last_ticket_text"].fillna("")

g = df.groupby(GROUP, sort=False)
df["usage_prev"] = g["data_usage_gb"].shift(1)
df["usage_delta"] = df["data_usage_gb"] - df["usage_prev"]
df["tickets_prev"] = g["num_support_tickets"].shift(1)
df["tickets_running_mean"] = g["num_support_tickets"].transform(
    lambda s: s.shift(1).expanding().mean())
df["charges_change"] = g["monthly_charges"].diff()
df["months_observed"] = g.cumcount()
lag_cols = ["usage_prev", "usage_delta", "tickets_prev", "tickets_running_mean", "charges_change"]
df[lag_cols] = df[lag_cols].fillna(0.0)

df["kw_cancel"] = df["last_ticket_text"].str.contains("cancel", case=False).astype(int)
df["kw_refund"] = df["last_ticket_text"].str.contains("refund|overcharg", case=False).astype(int)

numeric = ["tenure_months", "monthly_charges", "num_support_tickets", "data_usage_gb",
           "days_since_last_login", "months_observed", "kw_cancel", "kw_refund"] + lag_cols

hasher = HashingVectorizer(n_features=2 ** 18, ngram_range=(1, 2), alternate_sign=False, norm="l2")
text_matrix = hasher.transform(df["last_ticket_text"])

cutoff = pd.Timestamp("2023-10-01")
train_mask = (df[TIME] < cutoff).values
train_customers = df.loc[train_mask, GROUP].unique()
test_mask = ((df[TIME] >= cutoff) & ~df[GROUP].isin(train_customers)).values

scaler = StandardScaler().fit(df.loc[train_mask, numeric])


def design(mask):
    num = sparse.csr_matrix(scaler.transform(df.loc[mask, numeric]))
    return sparse.hstack([num, text_matrix[mask]]).tocsr()


X_train, y_train = design(train_mask), df.loc[train_mask, TARGET].values
X_test, y_test = design(test_mask), df.loc[test_mask, TARGET].values

sgd = SGDClassifier(loss="log_loss", alpha=1e-5, class_weight="balanced",
                    max_iter=50, tol=1e-4, random_state=3)
sgd.fit(X_train, y_train)
p = sgd.predict_proba(X_test)[:, 1]

prior = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]

print("rows train/test:", X_train.shape[0], X_test.shape[0])
print(f"SGD   auc {roc_auc_score(y_test, p):.3f} ap {average_precision_score(y_test, p):.3f} "
      f"logloss {log_loss(y_test, p):.4f}")
print(f"prior auc {roc_auc_score(y_test, prior):.3f} ap {average_precision_score(y_test, prior):.3f} "
      f"logloss {log_loss(y_test, prior):.4f}")
