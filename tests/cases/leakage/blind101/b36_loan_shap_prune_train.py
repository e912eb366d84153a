"""Loan default - SHAP pruning done on the training period only.

The SHAP ranking model is fitted on loans issued before 2020; the pruned model
is then evaluated on the 2020 loans, which played no part in the selection.
"""
import numpy as np
import pandas as pd
import shap
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TOP = 25
NUM = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "delinq_2yrs",
       "inq_last_6mths", "open_acc", "revol_bal", "revol_util", "total_acc", "fico_low"]
CAT = ["term", "grade", "sub_grade", "emp_length", "home_ownership", "verification_status", "purpose", "addr_state"]

df = pd.read_csv("train.csv", parse_dates=["issue_date"]).sort_values("issue_date").reset_index(drop=True)
X = pd.concat([df[NUM], pd.get_dummies(df[CAT], dtype=int)], axis=1)
X["payment_ratio"] = df["installment"] * 12 / (df["annual_inc"] + 1)
y = df["defaulted"]

is_train = (df["issue_date"] < "2020-01-01").to_numpy()
X_tr, y_tr = X[is_train], y[is_train]
X_te, y_te = X[~is_train], y[~is_train]

# ranking model on the training period only
ranker = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31, verbose=-1)
ranker.fit(X_tr, y_tr)
sv = shap.TreeExplainer(ranker).shap_values(X_tr)
sv = sv[1] if isinstance(sv, list) else sv
ranking = pd.Series(np.abs(sv).mean(axis=0), index=X.columns).sort_values(ascending=False)
selected = ranking.index[:TOP].tolist()
print("selected features:", selected)

model = lgb.LGBMClassifier(n_estimators=900, learning_rate=0.02, num_leaves=31, min_child_samples=100,
                           colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1)
model.fit(X_tr[selected], y_tr)
p = model.predict_proba(X_te[selected])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p0 = baseline.predict_proba(X_te)[:, 1]

print(f"pruned LightGBM : AUC {roc_auc_score(y_te, p):.4f}  AP {average_precision_score(y_te, p):.4f}")
print(f"prior baseline  : AUC {roc_auc_score(y_te, p0):.4f}  AP {average_precision_score(y_te, p0):.4f}")

sub = pd.read_csv("test.csv", parse_dates=["issue_date"])
X_sub = pd.concat([sub[NUM], pd.get_dummies(sub[CAT], dtype=int)], axis=1)
X_sub["payment_ratio"] = sub["installment"] * 12 / (sub["annual_inc"] + 1)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
model.fit(X[selected], y)
pd.DataFrame({"loan_id": sub["loan_id"], "prediction": model.predict_proba(X_sub[selected])[:, 1]}).to_csv(
    "predictions.csv", index=False)
