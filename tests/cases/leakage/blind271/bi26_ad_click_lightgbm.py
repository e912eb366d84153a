"""
Ad click prediction (kaggle "ad_click_dataset.csv", 10k rows).
LightGBM, early stopping on a validation split, final numbers on a test split,
next to a constant-rate baseline.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss, f1_score

df = pd.read_csv("ad_click_dataset.csv")
print(df.head())
print(df.isna().mean().round(3))
print("click rate:", df["click"].mean())

df = df.drop(columns=["id", "full_name"])
cat_cols = ["gender", "device_type", "ad_position", "browsing_history", "time_of_day"]
for c in cat_cols:
    df[c] = df[c].fillna("unknown")
df = pd.get_dummies(df, columns=cat_cols, dtype=int)
# age missing ~50%: leave NaN, lightgbm handles it

X = df.drop(columns="click")
y = df["click"]

# 60 / 20 / 20
X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)
X_tr, X_val, y_tr, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, stratify=y_tmp, random_state=11)
print(len(X_tr), len(X_val), len(X_test))

params = dict(n_estimators=2000, learning_rate=0.03, num_leaves=31,
              min_child_samples=30, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, random_state=11, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(
    X_tr, y_tr,
    eval_set=[(X_val, y_val)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", model.best_iteration_)

# constant baseline: the training click rate for everyone
base_rate = y_tr.mean()
p_base = np.full(len(y_test), base_rate)
print("baseline logloss:", round(log_loss(y_test, p_base), 4), "(AUC 0.5, F1 of 'always click':",
      round(f1_score(y_test, np.ones(len(y_test))), 4), ")")

p = model.predict_proba(X_test)[:, 1]
print("test AUC    :", round(roc_auc_score(y_test, p), 4))
print("test logloss:", round(log_loss(y_test, p), 4))
print("test F1@0.5 :", round(f1_score(y_test, p > 0.5), 4))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
