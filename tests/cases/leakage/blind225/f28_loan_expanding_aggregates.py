"""Loan-level behaviour features + CatBoost for default_next_3m.

Idea: the monthly snapshot alone is noisy, so summarise each loan's payment
behaviour up to the previous month (worst delinquency, average utilisation,
how often it paid short) and add it to every loan-month.
Evaluation: time cut at 2022-03, evaluation rows = later months of loans that
were not on the book before the cut.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "default_next_3m"
CUT = pd.Timestamp("2022-03-01")

panel = pd.read_csv("train.csv", parse_dates=["as_of_month"])
panel = panel.sort_values(["loan_id", "as_of_month"]).reset_index(drop=True)
panel["short_paid"] = (panel["payment_amount"] < 0.95 * panel["installment"]).astype(int)
panel["dpd_prev"] = panel.groupby("loan_id")["dpd"].shift(1)

# ---------------------------------------------------------------------------
# loan-level behaviour summary
# ---------------------------------------------------------------------------
# running ("so far") statistics per loan, shifted by one month so that each
# row only sees the months strictly before its as_of_month
g = panel.groupby("loan_id")
panel["worst_dpd"] = g["dpd"].transform(lambda s: s.shift(1).cummax())
panel["mean_util"] = g["utilization"].transform(lambda s: s.shift(1).expanding().mean())
panel["short_paid_rate"] = g["short_paid"].transform(lambda s: s.shift(1).expanding().mean())
panel["n_late_total"] = g["n_late_30"].transform(lambda s: s.shift(1).cummax())
panel["bal_min"] = g["balance"].transform(lambda s: s.shift(1).cummin())

STATIC = ["loan_amount", "interest_rate", "term_months", "fico", "dti", "annual_income"]
DYNAMIC = ["months_on_book", "balance", "utilization", "dpd", "dpd_prev", "short_paid"]
BEHAV = ["worst_dpd", "mean_util", "short_paid_rate", "n_late_total", "bal_min"]
CATS = ["grade", "purpose", "home_ownership"]
FEATS = STATIC + DYNAMIC + BEHAV + CATS

# ---------------------------------------------------------------------------
# split
# ---------------------------------------------------------------------------
early = panel[panel["as_of_month"] < CUT]
late = panel[(panel["as_of_month"] >= CUT) & (~panel["loan_id"].isin(early["loan_id"]))]
print("fit rows:", len(early), " eval rows:", len(late), " eval loans:", late["loan_id"].nunique())
print("eval default rate:", round(late[TARGET].mean(), 4))

# ---------------------------------------------------------------------------
# models
# ---------------------------------------------------------------------------
cb = CatBoostClassifier(iterations=1000, learning_rate=0.04, depth=6, auto_class_weights="Balanced",
                        random_seed=7, verbose=250)
cb.fit(early[FEATS], early[TARGET], cat_features=CATS)
p_cb = cb.predict_proba(late[FEATS])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(early[STATIC], early[TARGET])
p_dummy = dummy.predict_proba(late[STATIC])[:, 1]

cb_snap = CatBoostClassifier(iterations=1000, learning_rate=0.04, depth=6, auto_class_weights="Balanced",
                             random_seed=7, verbose=0)
cb_snap.fit(early[STATIC + DYNAMIC + CATS], early[TARGET], cat_features=CATS)
p_snap = cb_snap.predict_proba(late[STATIC + DYNAMIC + CATS])[:, 1]

print("\n{:<26s}{:>8s}{:>8s}".format("model", "AUC", "AP"))
for name, p in [("dummy (prior)", p_dummy), ("catboost snapshot only", p_snap), ("catboost + behaviour", p_cb)]:
    print("{:<26s}{:>8.4f}{:>8.4f}".format(name, roc_auc_score(late[TARGET], p),
                                            average_precision_score(late[TARGET], p)))

imp = pd.Series(cb.get_feature_importance(), index=FEATS).sort_values(ascending=False)
print("\ntop features:\n", imp.head(12).round(2))

# recall of the riskiest 10% of loan-months
k = int(np.ceil(0.1 * len(late)))
top = np.argsort(-p_cb)[:k]
print("captured defaults in top decile: %.1f%%" % (100 * late[TARGET].values[top].sum() / late[TARGET].sum()))
