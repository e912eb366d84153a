"""Product returns: linear model on order-line numerics and free-text fields."""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"
TEXT_FIELDS = {
    "title": "product_title",
    "reason": "return_reason",
}
NUMERIC = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days"]
CATEGORICAL = ["product_category", "size", "payment_method"]

lines = pd.read_csv("train.csv", parse_dates=["order_date"])
for col in TEXT_FIELDS.values():
    lines[col] = lines[col].fillna("").astype(str)
lines["price_after_discount"] = lines["price"] * (1 - lines["discount_pct"] / 100)
NUMERIC.append("price_after_discount")

split_date = pd.Timestamp("2023-05-01")
train = lines[lines.order_date < split_date]
test = lines[lines.order_date >= split_date]
test = test[~test.customer_id.isin(train.customer_id)]

text_transformers = [
    (f"txt_{name}", TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True), col)
    for name, col in TEXT_FIELDS.items()
]
prep = ColumnTransformer(
    [("num", StandardScaler(), NUMERIC),
     ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)] + text_transformers
)
clf = Pipeline([("prep", prep),
                ("lr", LogisticRegression(C=0.7, class_weight="balanced", max_iter=4000))])
clf.fit(train, train[TARGET])

p = clf.predict_proba(test)[:, 1]
d = DummyClassifier(strategy="prior").fit(train, train[TARGET]).predict_proba(test)[:, 1]
print(f"rows: train={len(train)} test={len(test)}")
print(f"logreg  AUC={roc_auc_score(test[TARGET], p):.3f}  AP={average_precision_score(test[TARGET], p):.3f}")
print(f"dummy   AUC={roc_auc_score(test[TARGET], d):.3f}  AP={average_precision_score(test[TARGET], d):.3f}")
