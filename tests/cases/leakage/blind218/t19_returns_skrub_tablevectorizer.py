"""Returns take-home with skrub.

skrub's TableVectorizer handles the messy columns for me (dates -> parts,
high-cardinality strings -> string encoder / min-hash, low-card -> one-hot),
so I vectorise the order table once and then try a couple of models.
"""
import numpy as np
import pandas as pd
import skrub
from skrub import TableReport, TableVectorizer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

orders = pd.read_parquet("data/orders.parquet")
orders["order_date"] = pd.to_datetime(orders["order_date"])
print(orders.shape)

# TableReport(orders).open()   # nice html overview, used during EDA

y = orders["returned"].astype(int).to_numpy()
meta = orders[["order_id", "customer_id", "order_date"]]
X_raw = orders.drop(columns=["returned", "order_id", "customer_id", "refund_amount", "return_label_printed"])
# product_title is free text with ~30k distinct values -- exactly what skrub is for
print(X_raw.nunique().sort_values(ascending=False).head(8))

vectorizer = TableVectorizer(
    cardinality_threshold=30,
    high_cardinality=skrub.StringEncoder(n_components=30),
)
X_all = vectorizer.fit_transform(X_raw)
print("vectorised:", X_all.shape)
print(pd.Series(vectorizer.kind_to_columns_).map(len) if hasattr(vectorizer, "kind_to_columns_") else "")

# ---- split: orders before July 2024 train, after: test (new customers only) ----
cutoff = pd.Timestamp("2024-07-01")
is_train = (meta["order_date"] < cutoff).to_numpy()
seen = set(meta.loc[is_train, "customer_id"])
is_test = (~is_train) & (~meta["customer_id"].isin(seen)).to_numpy()

X_train, y_train = X_all[is_train], y[is_train]
X_test, y_test = X_all[is_test], y[is_test]
print(f"train {is_train.sum()} | test {is_test.sum()} | test return rate {y_test.mean():.3f}")

models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=3000, C=0.3),
    "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=0),
}

table = []
for name, m in models.items():
    m.fit(X_train, y_train)
    p = m.predict_proba(X_test)[:, 1]
    table.append({"model": name, "roc_auc": roc_auc_score(y_test, p), "pr_auc": average_precision_score(y_test, p)})
    print(table[-1])

res = pd.DataFrame(table).set_index("model").round(4)
print(res)
res.to_markdown("results.md")

# which vectorised columns carry the signal?
hgb = models["hgb"]
from sklearn.inspection import permutation_importance
idx = np.random.default_rng(0).choice(len(y_test), size=min(4000, len(y_test)), replace=False)
pi = permutation_importance(hgb, X_test.iloc[idx], y_test[idx], scoring="average_precision", n_repeats=3, random_state=0)
print(pd.Series(pi.importances_mean, index=X_test.columns).nlargest(12).round(4))
