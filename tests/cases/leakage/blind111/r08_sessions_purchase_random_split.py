# E-commerce sessions: will this session end with a purchase?
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score

sessions = pd.read_csv("train.csv")
print(sessions.shape)
print(sessions.head())
print(sessions["purchased"].mean())

print(sessions.groupby("device")["purchased"].mean())
print(sessions.groupby("traffic_source")["purchased"].mean())

sessions["n_pageviews"].clip(upper=100).hist(bins=50)
plt.title("pageviews per session")
plt.savefig("pageviews.png")

num_cols = ["n_pageviews", "n_product_views", "cart_adds", "duration_sec", "is_returning"]
cat_cols = ["device", "traffic_source", "country"]

X = sessions[num_cols + cat_cols]
y = sessions["purchased"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=11
)

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])

candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=1000, class_weight="balanced"),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05),
}

for name, clf in candidates.items():
    pipe = Pipeline([("pre", pre), ("clf", clf)])
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_test)[:, 1]
    print(f"{name:7s} roc_auc={roc_auc_score(y_test, p):.4f} "
          f"pr_auc={average_precision_score(y_test, p):.4f} "
          f"acc={accuracy_score(y_test, (p > 0.5).astype(int)):.4f}")
