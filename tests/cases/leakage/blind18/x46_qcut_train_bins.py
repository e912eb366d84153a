"""Term life underwriting scorecard, v2.
Bin edges are learned on the training split (qcut with retbins) and reused on test via pd.cut."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

apps = pd.read_csv("life_applications.csv")
apps = apps.dropna(subset=["bmi", "income"])
apps["smoker"] = apps["smoker"].map({"Y": "smoker", "N": "non_smoker"}).fillna("unknown")
print(apps.shape, apps["declined"].mean())
train, test = train_test_split(apps, test_size=0.25, stratify=apps["declined"], random_state=5)
train, test = train.copy(), test.copy()

n_bins = {"age": 5, "bmi": 10, "income": 10, "cover_amount": 5}
edges = {}
for col, q in n_bins.items():
    _, e = pd.qcut(train[col], q, retbins=True, duplicates="drop")
    e[0], e[-1] = -np.inf, np.inf
    edges[col] = e
    train[col + "_bin"] = pd.cut(train[col], e)
    test[col + "_bin"] = pd.cut(test[col], e)
    print(col, np.round(e[1:-1], 1))

cols = [c + "_bin" for c in n_bins] + ["smoker", "sex", "occupation_class"]
X_train = pd.get_dummies(train[cols].astype(str), drop_first=True).astype(float)
X_test = pd.get_dummies(test[cols].astype(str), drop_first=True).astype(float)
X_test = X_test.reindex(columns=X_train.columns, fill_value=0.0)
y_train, y_test = train["declined"], test["declined"]

scorecard = LogisticRegression(C=0.5, max_iter=2000).fit(X_train, y_train)
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, m in [("baseline (prior)", baseline), ("scorecard", scorecard)]:
    auc = roc_auc_score(y_test, m.predict_proba(X_test)[:, 1])
    print(f"{name:18s} AUC {auc:.3f}  Gini {2 * auc - 1:.3f}")

points = pd.Series(scorecard.coef_[0] * 20 / np.log(2), index=X_train.columns).round(0)
print(points.sort_values().head(10))
print(points.sort_values().tail(10))
