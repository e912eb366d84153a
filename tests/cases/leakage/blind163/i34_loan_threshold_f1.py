"""Loan default - XGBoost with an F1-optimal decision threshold.

Credit ops need a yes/no flag, not a score, so the report gives the threshold
that maximises F1 along with the metrics at that threshold.
"""
import numpy as np
import pandas as pd
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score, average_precision_score
from xgboost import XGBClassifier

TARGET = "defaulted"
LEAKY = ["collections_status", "recovery_amount"]   # only exist once a loan has gone bad

loans = pd.read_csv("train.csv", parse_dates=["application_date"])
loans = loans.sort_values("application_date").reset_index(drop=True)
print("default rate:", round(loans[TARGET].mean(), 4))


def features(df):
    out = df.drop(columns=["application_id", "application_date", TARGET] + LEAKY, errors="ignore").copy()
    out["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1)
    out["installment"] = df["loan_amount"] * (df["interest_rate"] / 1200) / (
        1 - (1 + df["interest_rate"] / 1200) ** (-df["term_months"]))
    out["installment_to_income"] = out["installment"] * 12 / df["annual_income"].clip(lower=1)
    out["employment_length"] = df["employment_length"].fillna(-1)
    return pd.get_dummies(out, columns=["home_ownership", "purpose"], dtype=int)


X = features(loans)
y = loans[TARGET]
cutoff = loans["application_date"].quantile(0.8)
is_test = loans["application_date"] > cutoff
X_train, y_train = X[~is_test], y[~is_test]
X_test, y_test = X[is_test], y[is_test]
print(f"train {len(X_train)} (to {cutoff.date()}), test {len(X_test)}")

model = XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.9, colsample_bytree=0.8,
                      scale_pos_weight=(y_train == 0).sum() / (y_train == 1).sum(), eval_metric="aucpr")
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]

# pick the threshold
thresholds = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(y_test, proba >= t) for t in thresholds]
best_t = thresholds[int(np.argmax(f1s))]

pred = proba >= best_t
prior = np.full(len(y_test), y_train.mean())
print(f"baseline (prior rate): AUC {roc_auc_score(y_test, prior):.3f}  AP {average_precision_score(y_test, prior):.3f}")
print(f"XGBoost: AUC {roc_auc_score(y_test, proba):.3f}  AP {average_precision_score(y_test, proba):.3f}")
print(f"threshold {best_t:.2f}: F1 {f1_score(y_test, pred):.3f}  precision {precision_score(y_test, pred):.3f}  "
      f"recall {recall_score(y_test, pred):.3f}")

model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["application_date"])
X_sub = features(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"application_id": test["application_id"], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print(f"recommended cut-off for ops: {best_t:.2f}")
