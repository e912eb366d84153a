"""Returns: customer and product propensity profile features (exp-14)."""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

CONFIG = {
    "path": "data/order_lines.csv",
    "test_start": "2023-10-01",
    "test_customer_frac": 0.25,
    "seed": 14,
    "profile_keys": {"customer_id": "cust", "product_id": "prod", "brand": "brand"},
}
BASE = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days", "is_gift"]


def add_profiles(df, keys):
    df = df.copy()
    for key, short in keys.items():
        grp = df.groupby(key)
        df[f"{short}_return_rate"] = grp["returned"].transform("mean")
        df[f"{short}_lines"] = grp["order_line_id"].transform("count")
        df[f"{short}_avg_discount"] = grp["discount_pct"].transform("mean")
    return df


def customer_time_split(df, start, frac, seed):
    rng = np.random.default_rng(seed)
    ids = df.customer_id.unique()
    test_ids = rng.choice(ids, int(frac * len(ids)), replace=False)
    is_test = df.customer_id.isin(test_ids)
    after = df.order_date >= pd.Timestamp(start)
    return df[~is_test & ~after], df[is_test & after]


lines = pd.read_csv(CONFIG["path"], parse_dates=["order_date"])
lines = add_profiles(lines, CONFIG["profile_keys"])
profile_cols = [c for c in lines.columns if c.endswith(("_return_rate", "_lines", "_avg_discount"))]
features = BASE + profile_cols

train, test = customer_time_split(lines, CONFIG["test_start"], CONFIG["test_customer_frac"], CONFIG["seed"])
X_tr, y_tr = train[features], train["returned"]
X_te, y_te = test[features], test["returned"]

clf = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04, max_leaf_nodes=31,
                                     l2_regularization=1.0, random_state=CONFIG["seed"]).fit(X_tr, y_tr)
prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p, p0 = clf.predict_proba(X_te)[:, 1], prior.predict_proba(X_te)[:, 1]

metrics = {
    "roc_auc": roc_auc_score(y_te, p),
    "pr_auc": average_precision_score(y_te, p),
    "brier": brier_score_loss(y_te, p),
    "baseline_pr_auc": average_precision_score(y_te, p0),
    "baseline_brier": brier_score_loss(y_te, p0),
}
print(json.dumps({k: round(v, 4) for k, v in metrics.items()}, indent=2))
