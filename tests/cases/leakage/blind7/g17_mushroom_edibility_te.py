# Mushroom edibility - target-encoded categoricals + tree models
# data: mushrooms.csv (class e/p + 22 categorical attributes, single-letter codes)

import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier

df = pd.read_csv("input/mushrooms.csv")
print(df.shape)
print(df["class"].value_counts())

# stalk-root uses '?' for missing
df["stalk-root"] = df["stalk-root"].replace("?", "missing")

# veil-type has a single level in this release
print(df["veil-type"].unique())
df = df.drop(columns=["veil-type"])

df["poisonous"] = (df["class"] == "p").astype(int)
cat_cols = [c for c in df.columns if c not in ("class", "poisonous")]

# cardinality
for c in cat_cols:
    print(f"{c:28s} {df[c].nunique():3d} levels")

# ------------------------------------------------------------------
# target encoding: replace each level by its poisonous rate
# (smoothed towards the global rate for rare levels)
# ------------------------------------------------------------------
global_rate = df["poisonous"].mean()
m = 10

def smoothed_rate(col):
    stats = df.groupby(col)["poisonous"].agg(["sum", "count"])
    return (stats["sum"] + m * global_rate) / (stats["count"] + m)

for c in cat_cols:
    df[c + "_te"] = df[c].map(smoothed_rate(c))

te_cols = [c + "_te" for c in cat_cols]
X = df[te_cols]
y = df["poisonous"]

print(X.describe().T.head(10))

# ------------------------------------------------------------------
# models
# ------------------------------------------------------------------
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)

models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=1000),
    "tree_d3": DecisionTreeClassifier(max_depth=3, random_state=7),
    "rf": RandomForestClassifier(n_estimators=300, max_depth=6, random_state=7),
    "et": ExtraTreesClassifier(n_estimators=300, max_depth=6, random_state=7),
}

rows = []
for name, model in models.items():
    res = cross_validate(model, X, y, cv=skf, scoring=["accuracy", "roc_auc", "recall"])
    rows.append({
        "model": name,
        "acc": res["test_accuracy"].mean(),
        "auc": res["test_roc_auc"].mean(),
        "recall_poisonous": res["test_recall"].mean(),
    })

summary = pd.DataFrame(rows).sort_values("auc", ascending=False)
print(summary.to_string(index=False, float_format="%.4f"))

# which attributes matter
rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=7).fit(X, y)
print(pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(8))
