"""Santander customer satisfaction - XGBClassifier, feature pruning done on the
training split only."""
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("santander_train.csv")
print(df.shape)
print(df["TARGET"].value_counts(normalize=True))
y = df.pop("TARGET")
df = df.drop(columns=["ID"])
df["var3"] = df["var3"].replace(-999999, 2)
df["n_zeros"] = (df == 0).sum(axis=1)

X_train, X_test, y_train, y_test = train_test_split(df, y, test_size=0.2, stratify=y, random_state=0)

# drop constant columns (looking at train only)
varying = X_train.columns[X_train.nunique() > 1]
X_train, X_test = X_train[varying], X_test[varying]

probe = XGBClassifier(n_estimators=300, max_depth=5, learning_rate=0.1, subsample=0.8,
                      colsample_bytree=0.5, tree_method="hist", n_jobs=8, random_state=0)
probe.fit(X_train, y_train)
gain = pd.Series(probe.get_booster().get_score(importance_type="gain")).reindex(X_train.columns).fillna(0)
keep = gain.sort_values(ascending=False).head(40).index.tolist()

clf = XGBClassifier(n_estimators=600, max_depth=5, learning_rate=0.03, subsample=0.8,
                    colsample_bytree=0.7, min_child_weight=3, tree_method="hist", n_jobs=8, random_state=0)
clf.fit(X_train[keep], y_train)

dummy = DummyClassifier(strategy="prior").fit(X_train[keep], y_train)

p = clf.predict_proba(X_test[keep])[:, 1]
print("dummy AUC      :", roc_auc_score(y_test, dummy.predict_proba(X_test[keep])[:, 1]))
print("xgb (40 feats) :", round(roc_auc_score(y_test, p), 4))

top = pd.Series(clf.feature_importances_, index=keep).sort_values(ascending=False)
print(top.head(15))
print("n_zeros rank:", list(top.index).index("n_zeros") if "n_zeros" in top.index else "dropped")
clf.save_model("santander_xgb_top40_v2.json")
