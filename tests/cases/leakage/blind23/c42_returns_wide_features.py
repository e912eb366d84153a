"""Returns model on the wide order-line table (all numeric + encoded categoricals)."""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "returned"
ID_COLS = ["order_line_id", "order_id", "customer_id", "product_id"]
TEXT_COLS = ["return_reason", "product_title"]
CATEGORICAL = ["product_category", "brand", "size", "payment_method", "device"]


def wide_table(df):
    out = df.drop(columns=ID_COLS + TEXT_COLS)
    out["month"] = out["order_date"].dt.month
    out["weekday"] = out["order_date"].dt.dayofweek
    out["net_price"] = out["price"] * (1 - out["discount_pct"] / 100)
    out = pd.get_dummies(out, columns=CATEGORICAL, dtype=float)
    return out.drop(columns=["order_date"])


raw = pd.read_csv("data/order_lines.csv", parse_dates=["order_date"])
cutoff = pd.Timestamp("2023-09-01")
train_raw = raw[raw.order_date < cutoff]
test_raw = raw[(raw.order_date >= cutoff) & ~raw.customer_id.isin(train_raw.customer_id.unique())]

train_w = wide_table(train_raw)
test_w = wide_table(test_raw).reindex(columns=train_w.columns, fill_value=0.0)
feature_cols = [c for c in train_w.columns if c != TARGET]
train_w[feature_cols] = train_w[feature_cols].fillna(0.0)
test_w[feature_cols] = test_w[feature_cols].fillna(0.0)
print(f"{len(feature_cols)} features, {len(train_w)} train lines, {len(test_w)} test lines")

models = {
    "prior_baseline": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.1)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=0),
}
scores = {}
for name, m in models.items():
    m.fit(train_w[feature_cols], train_w[TARGET])
    p = m.predict_proba(test_w[feature_cols])[:, 1]
    scores[name] = {"roc_auc": round(roc_auc_score(test_w[TARGET], p), 4),
                    "pr_auc": round(average_precision_score(test_w[TARGET], p), 4)}
print(json.dumps(scores, indent=2))

top = pd.Series(models["rf"].feature_importances_, index=feature_cols).nlargest(10)
print(top.round(4))
