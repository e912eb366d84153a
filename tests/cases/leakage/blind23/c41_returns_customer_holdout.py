import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

SEED = 0
N_BOOT = 500
FEATURES = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days", "is_gift",
            "cat_code", "size_code", "prior_lines", "prior_spend", "basket_size"]
CATEGORY_CODES = {"shoes": 0, "dresses": 1, "tops": 2, "trousers": 3, "accessories": 4, "outerwear": 5}
SIZE_CODES = {"XS": 0, "S": 1, "M": 2, "L": 3, "XL": 4, "XXL": 5}


def build_features(df):
    df = df.sort_values(["customer_id", "order_date", "order_line_id"]).copy()
    df["cat_code"] = df["product_category"].map(CATEGORY_CODES).fillna(-1)
    df["size_code"] = df["size"].map(SIZE_CODES).fillna(-1)
    df["basket_size"] = df.groupby("order_id")["order_line_id"].transform("count")
    g = df.groupby("customer_id")
    df["prior_lines"] = g.cumcount()
    df["prior_spend"] = g["price"].transform(lambda s: s.shift(1).cumsum()).fillna(0.0)
    return df


def bootstrap_ci(y, p, fn, n=N_BOOT, seed=SEED):
    rng = np.random.default_rng(seed)
    vals = [fn(y[i], p[i]) for i in (rng.integers(0, len(y), len(y)) for _ in range(n)) if y[i].any()]
    return [round(float(v), 4) for v in np.percentile(vals, [2.5, 97.5])]


lines = build_features(pd.read_csv("data/order_lines.csv", parse_dates=["order_date"]))
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr, te = next(splitter.split(lines, groups=lines["customer_id"]))
train, test = lines.iloc[tr], lines.iloc[te]

X_tr, y_tr = train[FEATURES], train["returned"].to_numpy()
X_te, y_te = test[FEATURES], test["returned"].to_numpy()

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, random_state=SEED)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

result = {
    "n_train_customers": int(train.customer_id.nunique()),
    "n_test_customers": int(test.customer_id.nunique()),
    "roc_auc": round(roc_auc_score(y_te, p), 4),
    "roc_auc_ci": bootstrap_ci(y_te, p, roc_auc_score),
    "pr_auc": round(average_precision_score(y_te, p), 4),
    "pr_auc_ci": bootstrap_ci(y_te, p, average_precision_score),
    "baseline_pr_auc": round(average_precision_score(y_te, p0), 4),
}
print(json.dumps(result, indent=2))

pi = permutation_importance(clf, X_te, y_te, scoring="average_precision", n_repeats=5, random_state=SEED)
print(pd.Series(pi.importances_mean, index=FEATURES).sort_values(ascending=False).round(4))
