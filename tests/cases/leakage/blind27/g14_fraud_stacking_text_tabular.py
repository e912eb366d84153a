"""Card fraud: stacked linear + boosted models on merchant text and transaction numerics."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier, StackingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 2024
TARGET = "is_fraud"
NUMERIC = ["amount", "hour_of_day", "distance_from_home_km", "num_tx_last_24h",
           "avg_amount_30d", "card_present", "is_foreign"]
CATEGORICAL = ["merchant_category", "device_type"]
TEXT = "merchant_description"

tx = pd.read_csv("train.csv")
tx[TEXT] = tx[TEXT].fillna("unknown merchant")
tx["amount_ratio"] = tx["amount"] / (tx["avg_amount_30d"] + 1.0)
NUMERIC.append("amount_ratio")

X = tx[NUMERIC + CATEGORICAL + [TEXT]]
y = tx[TARGET]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED)


def columns(text_dims=None):
    text = [("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=5))]
    if text_dims:
        text.append(("svd", TruncatedSVD(n_components=text_dims, random_state=SEED)))
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
        ("txt", Pipeline(text), TEXT),
    ], sparse_threshold=0.0 if text_dims else 0.3)


linear = Pipeline([("cols", columns()),
                   ("lr", LogisticRegression(C=2.0, class_weight="balanced", max_iter=4000))])
boosted = Pipeline([("cols", columns(text_dims=30)),
                    ("hgb", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05,
                                                           random_state=SEED))])
stack = StackingClassifier(
    estimators=[("linear", linear), ("boosted", boosted)],
    final_estimator=LogisticRegression(max_iter=1000),
    cv=5, stack_method="predict_proba", n_jobs=-1,
)
stack.fit(X_train, y_train)

rows = []
for name, est in [("dummy", DummyClassifier(strategy="prior").fit(X_train, y_train)),
                  ("linear", linear.fit(X_train, y_train)),
                  ("boosted", boosted.fit(X_train, y_train)),
                  ("stack", stack)]:
    p_tr = est.predict_proba(X_train)[:, 1]
    p_te = est.predict_proba(X_test)[:, 1]
    rows.append({"model": name,
                 "train_auc": roc_auc_score(y_train, p_tr),
                 "test_auc": roc_auc_score(y_test, p_te),
                 "test_ap": average_precision_score(y_test, p_te)})
print(pd.DataFrame(rows).set_index("model").round(4))
