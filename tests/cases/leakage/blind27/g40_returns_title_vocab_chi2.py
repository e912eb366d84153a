import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.naive_bayes import MultinomialNB
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"

orders = pd.read_csv("train.csv", parse_dates=["order_date"])
orders["product_title"] = orders["product_title"].fillna("").str.lower()
orders = orders.sort_values("order_date")

cutoff = pd.Timestamp("2023-06-01")
train = orders[orders["order_date"] < cutoff]
test = orders[orders["order_date"] >= cutoff]
test = test[~test["customer_id"].isin(train["customer_id"])]
n_train = len(train)

both = pd.concat([train, test], ignore_index=True)
vectorizer = CountVectorizer(ngram_range=(1, 2), min_df=3, token_pattern=r"(?u)\b[a-z0-9]{2,}\b")
counts = vectorizer.fit_transform(both["product_title"])
keep = SelectKBest(chi2, k=2000).fit(counts, both[TARGET])
counts = keep.transform(counts)

size_flags = pd.get_dummies(both["size"].fillna("na"), prefix="size", dtype=float)
numeric = np.column_stack([
    np.log1p(both["price"]),
    both["discount_pct"] / 100.0,
    np.minimum(both["quantity"], 5) / 5.0,
])
X = hstack([counts, csr_matrix(size_flags.values), csr_matrix(numeric)]).tocsr()
y = both[TARGET].values
X_train, X_test = X[:n_train], X[n_train:]
y_train, y_test = y[:n_train], y[n_train:]

models = {
    "prior (baseline)": DummyClassifier(strategy="prior"),
    "multinomial NB": MultinomialNB(alpha=0.5),
    "logistic": LogisticRegression(C=0.5, max_iter=4000, class_weight="balanced"),
}
for name, m in models.items():
    m.fit(X_train, y_train)
    s = m.predict_proba(X_test)[:, 1]
    print(f"{name:18s} AUC {roc_auc_score(y_test, s):.4f}  AP {average_precision_score(y_test, s):.4f}")
