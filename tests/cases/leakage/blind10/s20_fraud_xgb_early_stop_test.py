import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
sub = pd.read_csv("test.csv", parse_dates=["timestamp"])

print(df.describe())
print(df.is_fraud.mean())

CATS = ["merchant_category", "country"]
FEATS = ["amount", "hour", "card_present", "device_age_days", "merchant_category", "country"]
for c in CATS:
    df[c] = df[c].astype("category")
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)

X_train, X_test, y_train, y_test = train_test_split(
    df[FEATS], df.is_fraud, test_size=0.2, stratify=df.is_fraud, random_state=0)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy PR-AUC", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))

clf = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.03,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    enable_categorical=True,
    tree_method="hist",
    eval_metric="aucpr",
    early_stopping_rounds=100,
    scale_pos_weight=float((y_train == 0).sum() / (y_train == 1).sum()),
)
clf.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration", clf.best_iteration)

p = clf.predict_proba(X_test)[:, 1]
print("test PR-AUC ", average_precision_score(y_test, p))
print("test ROC-AUC", roc_auc_score(y_test, p))

# refit on all rows with the number of trees found above
final = xgb.XGBClassifier(
    n_estimators=clf.best_iteration + 1, learning_rate=0.03, max_depth=6, subsample=0.8,
    colsample_bytree=0.8, enable_categorical=True, tree_method="hist",
    scale_pos_weight=float((df.is_fraud == 0).sum() / (df.is_fraud == 1).sum()),
)
final.fit(df[FEATS], df.is_fraud)
pd.DataFrame({"transaction_id": sub.transaction_id,
              "prediction": final.predict_proba(sub[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
