"""Simple credit scorecard: fixed business bins -> weight of evidence -> logistic regression.

Data: Kaggle "Credit Risk Dataset" (credit_risk_dataset.csv), target loan_status (1 = default).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "loan_status"

BINS = {
    "person_age": [0, 23, 26, 30, 35, 45, 200],
    "person_income": [0, 25_000, 40_000, 55_000, 75_000, 100_000, 1e9],
    "person_emp_length": [-1, 0.5, 2, 4, 7, 12, 100],
    "loan_amnt": [0, 3_000, 6_000, 10_000, 15_000, 1e9],
    "loan_int_rate": [0, 7.5, 10, 12.5, 15, 100],
    "loan_percent_income": [0, 0.1, 0.2, 0.3, 0.4, 10],
    "cb_person_cred_hist_length": [0, 3, 5, 10, 100],
}
CATEGORICAL = ["person_home_ownership", "loan_intent", "loan_grade", "cb_person_default_on_file"]


def bin_frame(df):
    out = pd.DataFrame(index=df.index)
    for col, edges in BINS.items():
        out[col] = pd.cut(df[col], bins=edges).astype(str)  # NaN -> "nan" bin
    for col in CATEGORICAL:
        out[col] = df[col].astype(str)
    return out


def fit_woe(binned, y, eps=0.5):
    tables = {}
    n_bad, n_good = y.sum(), (1 - y).sum()
    for col in binned.columns:
        grp = pd.DataFrame({"bin": binned[col], "bad": y}).groupby("bin")["bad"].agg(["sum", "count"])
        bad = grp["sum"] + eps
        good = grp["count"] - grp["sum"] + eps
        tables[col] = np.log((good / n_good) / (bad / n_bad))
    return tables


def apply_woe(binned, tables):
    return pd.DataFrame({c: binned[c].map(t).fillna(0.0) for c, t in tables.items()}, index=binned.index)


loans = pd.read_csv("credit_risk_dataset.csv")
loans = loans[(loans["person_age"] < 100) & (loans["person_emp_length"].fillna(0) < 60)]
print(loans.shape, "default rate", round(loans[TARGET].mean(), 4))

train, test = train_test_split(loans, test_size=0.3, stratify=loans[TARGET], random_state=17)

woe_tables = fit_woe(bin_frame(train), train[TARGET])
X_train = apply_woe(bin_frame(train), woe_tables)
X_test = apply_woe(bin_frame(test), woe_tables)

for col, t in woe_tables.items():
    print(f"{col:<28}", " ".join(f"{b}:{w:+.2f}" for b, w in t.items()))

scorecard = LogisticRegression(C=1.0, max_iter=1000).fit(X_train, train[TARGET])
p_test = scorecard.predict_proba(X_test)[:, 1]
auc = roc_auc_score(test[TARGET], p_test)

prior = DummyClassifier(strategy="prior").fit(X_train, train[TARGET])
auc_prior = roc_auc_score(test[TARGET], prior.predict_proba(X_test)[:, 1])
print(f"scorecard test AUC {auc:.4f} (Gini {2 * auc - 1:.4f}); prior-only baseline AUC {auc_prior:.4f}")

# points: 600 at odds 50:1, 20 points to double the odds
factor = 20 / np.log(2)
offset = 600 - factor * np.log(50)
scores = offset - factor * scorecard.decision_function(X_test)
print(pd.Series(scores).describe().round(1))
