import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

TARGET = "returned"
numeric = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days"]
categorical = ["product_category", "size", "payment_method"]

orders = pd.read_csv("train.csv", parse_dates=["order_date"])
orders["product_title"] = orders["product_title"].fillna("")
orders["is_sale"] = (orders["discount_pct"] >= 30).astype(int)
orders["weekday"] = orders["order_date"].dt.dayofweek
numeric += ["is_sale", "weekday"]

X = orders[numeric + categorical + ["product_title"]]
y = orders[TARGET]

prep = make_column_transformer(
    (StandardScaler(), numeric),
    (OneHotEncoder(handle_unknown="ignore"), categorical),
    (TfidfVectorizer(min_df=3, ngram_range=(1, 2)), "product_title"),
)
pipelines = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(prep, LogisticRegression(C=0.5, max_iter=4000, class_weight="balanced")),
}

kf = KFold(n_splits=5, shuffle=True, random_state=0)
summary = {}
for name, est in pipelines.items():
    res = cross_validate(est, X, y, cv=kf, scoring=["roc_auc", "average_precision"],
                         return_train_score=False, n_jobs=-1)
    summary[name] = {m: f"{res['test_' + m].mean():.4f} +/- {res['test_' + m].std():.4f}"
                     for m in ["roc_auc", "average_precision"]}
print(pd.DataFrame(summary).T)
