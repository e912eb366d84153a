"""Screening model - LightGBM with early stopping."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "passed_screening"
CATS = ["role", "seniority", "education_level", "source_channel"]
NUMS = ["years_experience", "n_skills_matched", "assessment_score", "n_previous_applications"]

df = pd.read_csv("train.csv")
for c in CATS:
    df[c] = df[c].astype("category")
X, y, groups = df[CATS + NUMS], df[TARGET], df["applicant_id"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=21)
dev_idx, test_idx = next(outer.split(X, y, groups))
X_dev, y_dev = X.iloc[dev_idx], y.iloc[dev_idx]
X_test, y_test = X.iloc[test_idx], y.iloc[test_idx]

# early stopping watches the held-out applicants
X_fit, y_fit = X_dev, y_dev
X_es, y_es = X_test, y_test

model = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.02, num_leaves=15,
                           min_child_samples=30, colsample_bytree=0.8, verbose=-1)
model.fit(X_fit, y_fit, eval_set=[(X_es, y_es)], eval_metric="auc",
          callbacks=[lgb.early_stopping(150), lgb.log_evaluation(200)])

p_test = model.predict_proba(X_test, num_iteration=model.best_iteration_)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_dummy = dummy.predict_proba(X_test)[:, 1]
print(f"best iteration     {model.best_iteration_}")
print(f"dummy  AUC {roc_auc_score(y_test, p_dummy):.4f}  AP {average_precision_score(y_test, p_dummy):.4f}")
print(f"lgbm   AUC {roc_auc_score(y_test, p_test):.4f}  AP {average_precision_score(y_test, p_test):.4f}")

final = lgb.LGBMClassifier(n_estimators=model.best_iteration_, learning_rate=0.02, num_leaves=15,
                           min_child_samples=30, colsample_bytree=0.8, verbose=-1)
final.fit(X, y)
test = pd.read_csv("test.csv")
for c in CATS:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
pd.DataFrame({"application_id": test["application_id"],
              "prediction": final.predict_proba(test[CATS + NUMS])[:, 1]}).to_csv("predictions.csv", index=False)
