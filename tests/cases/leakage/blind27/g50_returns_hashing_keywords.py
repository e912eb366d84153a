"""Returns: hashed product-title tokens + keyword flags + scaled numerics."""
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"
NUMS = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days"]
FLAGS = {"kw_fit": r"slim|skinny|fitted|petite", "kw_size_run": r"runs small|runs large",
         "kw_final_sale": r"final sale|clearance"}

orders = pd.read_csv("train.csv", parse_dates=["order_date"]).reset_index(drop=True)
orders["product_title"] = orders["product_title"].fillna("").str.lower()
for name, pat in FLAGS.items():
    orders[name] = orders["product_title"].str.contains(pat, regex=True).astype(int)

hv = HashingVectorizer(n_features=2 ** 16, ngram_range=(1, 2), alternate_sign=False,
                       norm="l2", token_pattern=r"(?u)\b\w+\b")
title_hashed = hv.fit_transform(orders["product_title"])

cutoff = pd.Timestamp("2023-05-15")
is_train = (orders["order_date"] < cutoff).to_numpy()
known_customers = orders.loc[is_train, "customer_id"].unique()
is_test = ((orders["order_date"] >= cutoff) & ~orders["customer_id"].isin(known_customers)).to_numpy()

scaler = StandardScaler()
num_train = scaler.fit_transform(orders.loc[is_train, NUMS].fillna(0))
num_test = scaler.transform(orders.loc[is_test, NUMS].fillna(0))
flag_cols = list(FLAGS)

X_train = sparse.hstack([title_hashed[is_train], sparse.csr_matrix(num_train),
                         sparse.csr_matrix(orders.loc[is_train, flag_cols].to_numpy())]).tocsr()
X_test = sparse.hstack([title_hashed[is_test], sparse.csr_matrix(num_test),
                        sparse.csr_matrix(orders.loc[is_test, flag_cols].to_numpy())]).tocsr()
y_train = orders.loc[is_train, TARGET].to_numpy()
y_test = orders.loc[is_test, TARGET].to_numpy()

clf = LogisticRegression(C=0.8, class_weight="balanced", max_iter=5000, solver="liblinear")
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]
p_prior = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]

print("n_train=%d n_test=%d" % (len(y_train), len(y_test)))
print("hashing LR  AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p), average_precision_score(y_test, p)))
print("prior       AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p_prior), average_precision_score(y_test, p_prior)))
