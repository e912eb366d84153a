"""Probability of default – logistic regression + Platt calibration on a separate split."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.metrics import brier_score_loss, roc_auc_score, log_loss

CATS = ["gender", "age_group", "employer_sector", "home_ownership", "purpose"]
NUMS = ["income", "loan_amount", "term_months", "employment_years", "credit_history_len",
        "num_open_lines", "debt_to_income", "utilization"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# log-transform the skewed money columns
for col in ["income", "loan_amount"]:
    train[col] = np.log1p(train[col])
    test[col] = np.log1p(test[col])

train[NUMS] = train[NUMS].fillna(train[NUMS].median())
test[NUMS] = test[NUMS].fillna(train[NUMS].median())

scaler = StandardScaler()
train[NUMS] = scaler.fit_transform(train[NUMS])
test[NUMS] = scaler.transform(test[NUMS])

X_all = pd.get_dummies(train[NUMS + CATS], columns=CATS, dtype=float)
X_sub = pd.get_dummies(test[NUMS + CATS], columns=CATS, dtype=float).reindex(columns=X_all.columns, fill_value=0)
y_all = train["default"]

X_fit, X_hold, y_fit, y_hold = train_test_split(X_all, y_all, test_size=0.4, stratify=y_all, random_state=99)
X_cal, X_test, y_cal, y_test = train_test_split(X_hold, y_hold, test_size=0.5, stratify=y_hold, random_state=99)

lr = LogisticRegression(penalty="l2", C=1.0, class_weight="balanced", max_iter=5000)
lr.fit(X_fit, y_fit)

# class_weight="balanced" inflates the probabilities -> Platt on the calibration split
platt = CalibratedClassifierCV(FrozenEstimator(lr), method="sigmoid")
platt.fit(X_cal, y_cal)

p_prior = np.full(len(y_test), y_fit.mean())
p_raw = lr.predict_proba(X_test)[:, 1]
p_platt = platt.predict_proba(X_test)[:, 1]

print(f"{'model':<18}{'brier':>10}{'logloss':>10}{'auc':>8}")
for name, p in [("prior baseline", p_prior), ("lr balanced", p_raw), ("lr + platt", p_platt)]:
    auc = roc_auc_score(y_test, p) if np.ptp(p) > 0 else 0.5
    print(f"{name:<18}{brier_score_loss(y_test, p):>10.4f}{log_loss(y_test, p):>10.4f}{auc:>8.3f}")

coefs = pd.Series(lr.coef_[0], index=X_all.columns).sort_values()
print("\nmost protective:\n", coefs.head(5))
print("\nmost risky:\n", coefs.tail(5))

pd.DataFrame({"application_id": test["application_id"], "prediction": platt.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
