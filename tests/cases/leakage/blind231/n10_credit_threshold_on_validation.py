"""
Default-risk classifier for the credit take-home.

Train / validation / test = 60 / 20 / 20. The decline threshold is tuned for F1 on the
validation rows; the test rows are scored once with that fixed threshold.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (roc_auc_score, f1_score, precision_score, recall_score,
                             precision_recall_curve)

CAT = ["home_ownership", "purpose", "region", "education"]
NUM = ["age", "annual_income", "employment_years", "loan_amount", "loan_term_months",
       "interest_rate", "credit_score", "num_open_accounts", "num_delinquencies_2y",
       "debt_to_income", "revolving_util"]


class Evaluator:
    def __init__(self, y):
        self.y = np.asarray(y)

    def auc(self, p):
        return roc_auc_score(self.y, p)

    def best_threshold(self, p):
        prec, rec, thr = precision_recall_curve(self.y, p)
        f1 = 2 * prec * rec / np.clip(prec + rec, 1e-9, None)
        i = int(np.nanargmax(f1[:-1]))
        return float(thr[i]), float(f1[i])

    def at_threshold(self, p, t):
        yhat = (p >= t).astype(int)
        return {"threshold": round(t, 4), "f1": f1_score(self.y, yhat),
                "precision": precision_score(self.y, yhat, zero_division=0),
                "recall": recall_score(self.y, yhat), "decline_rate": yhat.mean()}


def make_model(C=1.0):
    pre = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )
    return make_pipeline(pre, LogisticRegression(C=C, max_iter=2000, class_weight="balanced"))


df = pd.read_csv("train.csv")
X, y = df[NUM + CAT], df["default_flag"]
X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, stratify=y_tmp,
                                                  random_state=1)
print("train/val/test:", len(X_train), len(X_val), len(X_test))

# pick C on validation AUC
val_ev = Evaluator(y_val)
by_C = {}
for C in [0.03, 0.1, 0.3, 1.0, 3.0]:
    m = make_model(C).fit(X_train, y_train)
    by_C[C] = val_ev.auc(m.predict_proba(X_val)[:, 1])
    print(f"C={C:<5} val AUC {by_C[C]:.4f}")
best_C = max(by_C, key=by_C.get)

model = make_model(best_C).fit(X_train, y_train)
thr, f1_val = val_ev.best_threshold(model.predict_proba(X_val)[:, 1])
print(f"best C={best_C}, F1-optimal threshold on validation {thr:.3f} (val F1={f1_val:.3f})")

# ---- test: scored once ----
test_ev = Evaluator(y_test)
p_test = model.predict_proba(X_test)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print("test AUC model   :", round(test_ev.auc(p_test), 4))
print("test AUC baseline:", round(test_ev.auc(p_dummy), 4))
print(pd.DataFrame([{"rule": "val-tuned", **test_ev.at_threshold(p_test, thr)},
                    {"rule": "default 0.5", **test_ev.at_threshold(p_test, 0.5)}]).round(3).to_string(index=False))

yhat = (p_test >= thr).astype(int)
fn = int(((yhat == 0) & (y_test == 1)).sum())
fp = int(((yhat == 1) & (y_test == 0)).sum())
print("missed defaults", fn, "wrong declines", fp, "cost units", 5 * fn + fp)

test = pd.read_csv("test.csv")
pd.DataFrame({"applicant_id": test["applicant_id"],
              "prediction": model.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
