# E-commerce sessions: will this session end with a purchase?
# Holdout is made of users that never appear in training.
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import GroupShuffleSplit
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
print("purchase rate:", sessions["purchased"].mean())

sessions_per_user = sessions.groupby("user_id").size()
print(sessions_per_user.describe())

print(sessions.groupby("device")["purchased"].mean())
print(sessions.groupby("traffic_source")["purchased"].mean())

num_cols = ["n_pageviews", "n_product_views", "cart_adds", "duration_sec", "is_returning"]
cat_cols = ["device", "traffic_source", "country"]

X = sessions[num_cols + cat_cols]
y = sessions["purchased"]
groups = sessions["user_id"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=11)
train_idx, test_idx = next(gss.split(X, y, groups=groups))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
print("users in both parts:", len(set(groups.iloc[train_idx]) & set(groups.iloc[test_idx])))

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

fig, ax = plt.subplots()
ax.hist(p[y_test.values == 0], bins=50, alpha=0.6, density=True, label="no purchase")
ax.hist(p[y_test.values == 1], bins=50, alpha=0.6, density=True, label="purchase")
ax.legend()
fig.savefig("hgb_score_dist.png")
