"""
Olist-style order reviews: will the customer leave a bad review (score <= 2)?
AutoML with FLAML on delivery / order features plus simple text statistics
of the review comment.
"""
import numpy as np
import pandas as pd
from flaml import AutoML
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split

SEED = 11

orders = pd.read_csv("order_reviews.csv", parse_dates=["purchase_ts", "delivered_ts", "estimated_ts"])
orders = orders.dropna(subset=["delivered_ts"])

orders["bad_review"] = (orders["review_score"] <= 2).astype(int)
orders["delivery_days"] = (orders["delivered_ts"] - orders["purchase_ts"]).dt.days
orders["delay_days"] = (orders["delivered_ts"] - orders["estimated_ts"]).dt.days
orders["is_late"] = (orders["delay_days"] > 0).astype(int)
orders["purchase_dow"] = orders["purchase_ts"].dt.dayofweek

msg = orders["review_comment_message"].fillna("")
orders["has_comment"] = (msg.str.len() > 0).astype(int)
orders["comment_words"] = msg.str.split().str.len()
orders["n_exclaim"] = msg.str.count("!")
orders["caps_ratio"] = msg.apply(lambda s: sum(c.isupper() for c in s) / max(len(s), 1))

orders = pd.get_dummies(orders, columns=["payment_type"], prefix="pay", dtype=int)
orders["product_category"] = orders["product_category"].fillna("unknown").astype("category")

feature_cols = (["delivery_days", "delay_days", "is_late", "purchase_dow", "price",
                 "freight_value", "n_items", "has_comment", "comment_words",
                 "n_exclaim", "caps_ratio", "product_category"]
                + [c for c in orders.columns if c.startswith("pay_")])

X = orders[feature_cols]
y = orders["bad_review"]
print(X.shape, "bad review rate:", round(y.mean(), 3))

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)
# FLAML searches on its own validation slice carved out of the training part
X_fit, X_val, y_fit, y_val = train_test_split(
    X_train, y_train, test_size=0.2, stratify=y_train, random_state=SEED)

automl = AutoML()
automl.fit(
    X_fit, y_fit,
    X_val=X_val, y_val=y_val,
    task="classification",
    metric="roc_auc",
    estimator_list=["lgbm", "xgboost", "rf", "extra_tree", "lrl1"],
    time_budget=300,
    seed=SEED,
    log_file_name="flaml_bad_review.log",
)

print("best learner:", automl.best_estimator)
print("best config :", automl.best_config)

proba = automl.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy  ROC AUC:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print("FLAML  ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("FLAML  F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred, digits=3))

if automl.best_estimator in ("lgbm", "xgboost", "rf", "extra_tree"):
    imp = pd.Series(automl.model.estimator.feature_importances_, index=X_train.columns)
    print(imp.sort_values(ascending=False).head(10))
