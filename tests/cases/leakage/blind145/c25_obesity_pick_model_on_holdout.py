"""Playground S4E2 - Multi-class obesity risk.

Try a handful of classifiers, keep the one with the best holdout accuracy and
submit it retrained on all training rows.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

train = pd.read_csv("/kaggle/input/playground-series-s4e2/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s4e2/test.csv")
TARGET = "NObeyesdad"
classes = sorted(train[TARGET].unique())
class_to_idx = {c: i for i, c in enumerate(classes)}

n = len(train)
full = pd.concat([train.drop(columns=[TARGET]), test], ignore_index=True)
full["BMI"] = full["Weight"] / full["Height"] ** 2
full["Age_x_FAF"] = full["Age"] * full["FAF"]
full["meals_x_snacks"] = full["NCP"] * full["FCVC"]
cat_cols = ["Gender", "family_history_with_overweight", "FAVC", "CAEC", "SMOKE", "SCC", "CALC", "MTRANS"]
full = pd.get_dummies(full, columns=cat_cols, drop_first=False, dtype=float)

X = full.iloc[:n].drop(columns=["id"]).reset_index(drop=True)
X_sub = full.iloc[n:].drop(columns=["id"]).reset_index(drop=True)
y = train[TARGET].map(class_to_idx).values

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)
num_cols = ["Age", "Height", "Weight", "FCVC", "NCP", "CH2O", "FAF", "TUE", "BMI", "Age_x_FAF", "meals_x_snacks"]
scaler = StandardScaler().fit(X_tr[num_cols])
X_tr_s, X_te_s = X_tr.copy(), X_te.copy()
X_tr_s[num_cols] = scaler.transform(X_tr[num_cols])
X_te_s[num_cols] = scaler.transform(X_te[num_cols])

candidates = {
    "dummy": DummyClassifier(strategy="most_frequent"),
    "logreg": LogisticRegression(C=1.0, max_iter=3000),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=1),
    "extra_trees": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=1),
    "xgb": XGBClassifier(n_estimators=600, learning_rate=0.05, max_depth=5, subsample=0.8,
                         colsample_bytree=0.5, tree_method="hist", random_state=1),
    "lgbm": LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                           colsample_bytree=0.5, verbose=-1, random_state=1),
}

scores = {}
for name, clf in candidates.items():
    clf.fit(X_tr_s, y_tr)
    scores[name] = accuracy_score(y_te, clf.predict(X_te_s))
    print(f"{name:12s} holdout accuracy {scores[name]:.4f}")

best_name = max(scores, key=scores.get)
print(f"\nselected model: {best_name}  (holdout accuracy {scores[best_name]:.4f}, "
      f"{scores[best_name] - scores['dummy']:+.4f} vs dummy)")

# retrain the chosen model on every training row for the submission
scaler_full = StandardScaler().fit(X[num_cols])
X_s, X_sub_s = X.copy(), X_sub.copy()
X_s[num_cols] = scaler_full.transform(X[num_cols])
X_sub_s[num_cols] = scaler_full.transform(X_sub[num_cols])
final = candidates[best_name].fit(X_s, y)
pred = np.array(classes)[final.predict(X_sub_s)]
pd.DataFrame({"id": test["id"], TARGET: pred}).to_csv("submission.csv", index=False)
print(pd.Series(pred).value_counts(normalize=True).round(3))
