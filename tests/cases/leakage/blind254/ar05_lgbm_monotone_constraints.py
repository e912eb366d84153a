# Loan default model - LightGBM with monotone constraints
# Risk wants a model where a higher FICO never increases PD and a higher DTI never lowers it,
# so I enforce that with monotone_constraints and compare against a simple logistic baseline.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss

RANDOM_STATE = 7

loans = pd.read_csv("train.csv")
loans["application_date"] = pd.to_datetime(loans["application_date"])
print(loans.shape, loans["defaulted"].mean())

# --- light cleaning ---
loans["emp_length_years"] = loans["emp_length_years"].clip(upper=40)
loans["log_income"] = np.log1p(loans["annual_income"])
loans["loan_to_income"] = loans["loan_amount"] / loans["annual_income"].replace(0, np.nan)
loans["app_month"] = loans["application_date"].dt.month

for c in ["home_ownership", "purpose", "channel"]:
    loans[c] = loans[c].astype("category")

# direction of each feature's effect on PD (+1 up, -1 down, 0 free)
mono = {
    "fico_score": -1,
    "dti": 1,
    "revol_util": 1,
    "inquiries_6m": 1,
    "delinq_2y": 1,
    "log_income": -1,
    "loan_to_income": 1,
    "interest_rate": 1,
    "emp_length_years": 0,
    "open_accounts": 0,
    "term_months": 0,
    "prior_applications": 0,
    "app_month": 0,
    "home_ownership": 0,
    "purpose": 0,
    "channel": 0,
}
features = list(mono)

X = loans[features]
y = loans["defaulted"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
)

model = lgb.LGBMClassifier(
    n_estimators=600,
    learning_rate=0.03,
    num_leaves=15,
    min_child_samples=100,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    monotone_constraints=[mono[f] for f in features],
    monotone_constraints_method="advanced",
    random_state=RANDOM_STATE,
    verbose=-1,
)
model.fit(X_train, y_train)
p_test = model.predict_proba(X_test)[:, 1]

# baseline: logistic regression on FICO alone
baseline = LogisticRegression(max_iter=1000)
baseline.fit(X_train[["fico_score"]], y_train)
p_base = baseline.predict_proba(X_test[["fico_score"]])[:, 1]

print(f"LightGBM (monotone)  AUC={roc_auc_score(y_test, p_test):.4f}  logloss={log_loss(y_test, p_test):.4f}")
print(f"FICO-only baseline   AUC={roc_auc_score(y_test, p_base):.4f}  logloss={log_loss(y_test, p_base):.4f}")

# sanity check the constraint: PD along a FICO sweep for a median applicant
probe = X_test.iloc[[0]].copy()
for fico in range(560, 821, 40):
    probe["fico_score"] = fico
    print(fico, round(model.predict_proba(probe)[0, 1], 4))

imp = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(10))
