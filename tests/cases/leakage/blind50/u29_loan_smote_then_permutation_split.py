# Loan default take-home
# - only ~11% defaults, so SMOTE is used to balance the classes
# - 80/20 split with a fixed permutation, LightGBM vs. a dummy, ROC AUC / PR AUC / F1

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

SEED = 7
rng = np.random.default_rng(SEED)

loans = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")

print(loans.shape)
print(loans["default"].value_counts())
print(loans.groupby("purpose")["default"].mean().sort_values(ascending=False).round(3))

# ---------------------------------------------------------------- features
NUMERIC = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti",
           "emp_length_years", "credit_score", "open_accounts", "revolving_util",
           "delinq_2y", "inquiries_6m"]
ONE_HOT = ["home_ownership", "purpose"]


def build(frame, columns=None):
    X = frame[NUMERIC].copy()
    X["emp_missing"] = X["emp_length_years"].isna().astype(int)
    X["emp_length_years"] = X["emp_length_years"].fillna(0)
    X["util_x_rate"] = X["revolving_util"] * X["interest_rate"] / 100
    X = pd.concat([X, pd.get_dummies(frame[ONE_HOT], dtype=float)], axis=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


X = build(loans)
y = loans["default"].to_numpy()
print("features:", X.shape[1], "| any NaN left:", bool(X.isna().any().any()))

# ---------------------------------------------------------------- balance + split
X_bal, y_bal = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X, y)
print("after SMOTE:", X_bal.shape, "positive share", y_bal.mean().round(3))

order = rng.permutation(len(X_bal))
cut = int(0.8 * len(order))
tr, te = order[:cut], order[cut:]
X_tr, y_tr = X_bal.iloc[tr], y_bal[tr]
X_te, y_te = X_bal.iloc[te], y_bal[te]

# ---------------------------------------------------------------- models
lgbm = LGBMClassifier(n_estimators=400, learning_rate=0.04, num_leaves=24,
                      min_child_samples=40, colsample_bytree=0.8, random_state=SEED, verbose=-1)
lgbm.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_tr, y_tr)


def show(name, model):
    p = model.predict_proba(X_te)[:, 1]
    print(f"{name:8s} roc_auc={roc_auc_score(y_te, p):.4f} "
          f"pr_auc={average_precision_score(y_te, p):.4f} f1={f1_score(y_te, p >= 0.5):.4f}")


show("dummy", dummy)
show("lightgbm", lgbm)

imp = pd.Series(lgbm.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

# ---------------------------------------------------------------- submission
X_all_bal, y_all_bal = SMOTE(random_state=SEED).fit_resample(X, y)
lgbm.fit(X_all_bal, y_all_bal)
X_score = build(to_score, columns=X.columns)
pd.DataFrame({"loan_id": to_score["loan_id"],
              "prediction": lgbm.predict_proba(X_score)[:, 1]}).to_csv("predictions.csv", index=False)
