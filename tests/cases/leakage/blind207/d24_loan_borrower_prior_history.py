"""
Loan default (12m). Adds borrower-history features on top of the application
fields: repeat borrowers behave differently from first-timers.

Validation: 2020+ originations, first-time-in-window borrowers only.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "defaulted_12m"
SEED = 5

train = pd.read_csv("train.csv", dtype={"origination_month": str})
test = pd.read_csv("test.csv", dtype={"origination_month": str})
print(train.shape, test.shape)

per_b = train.groupby("borrower_id").size()
print("borrowers with >1 loan:", (per_b > 1).mean().round(3))
print(train.groupby(train["borrower_id"].map(per_b).clip(upper=4))[TARGET].mean())


def add_history(frame):
    """Borrower-level context for each loan, from months before its origination."""
    d = frame.copy()
    bm = (d.groupby(["borrower_id", "origination_month"])
           .agg(n=("loan_id", "size"), amt=("loan_amount", "sum"), dti_max=("dti", "max"))
           .reset_index()
           .sort_values(["borrower_id", "origination_month"]))
    gb = bm.groupby("borrower_id")
    bm["borrower_n_loans"] = gb["n"].cumsum() - bm["n"]
    bm["borrower_total_amount"] = gb["amt"].cumsum() - bm["amt"]
    bm["borrower_max_dti"] = gb["dti_max"].transform(lambda s: s.shift(1).cummax())
    bm["borrower_first_month"] = gb["origination_month"].transform("min")
    d = d.merge(bm.drop(columns=["n", "amt", "dti_max"]), on=["borrower_id", "origination_month"], how="left")
    first = pd.PeriodIndex(d["borrower_first_month"], freq="M")
    cur = pd.PeriodIndex(d["origination_month"], freq="M")
    d["months_since_first_loan"] = (cur - first).map(lambda x: x.n)
    return d.drop(columns=["borrower_first_month"])


# history is computed over every known loan, labelled or not
both = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
both = add_history(both)
train_h = both[both["_part"] == "train"].drop(columns="_part").reset_index(drop=True)
test_h = both[both["_part"] == "test"].drop(columns="_part").reset_index(drop=True)

NUM = ["loan_amount", "interest_rate", "annual_income", "dti", "revol_util",
       "fico", "open_accounts", "delinq_2y", "term_months"]
HIST = ["borrower_n_loans", "borrower_total_amount", "borrower_max_dti",
        "months_since_first_loan"]
CAT = ["grade", "home_ownership", "purpose"]


def X_of(d, cols=None):
    m = pd.concat([d[NUM + HIST].astype(float), pd.get_dummies(d[CAT], dtype=float)], axis=1)
    return m if cols is None else m.reindex(columns=cols, fill_value=0.0)


Xdf = X_of(train_h)
cols = list(Xdf.columns)
X = Xdf.to_numpy()
y = train_h[TARGET].to_numpy()

mon = train_h["origination_month"].to_numpy()
bid = train_h["borrower_id"].to_numpy()
tr = np.flatnonzero(mon < "2020-01")
va = np.flatnonzero(mon >= "2020-01")
va = va[~np.isin(bid[va], bid[tr])]
print("train", len(tr), "valid", len(va))

cfg = dict(max_iter=300, learning_rate=0.05, max_depth=6, min_samples_leaf=100,
           random_state=SEED)
clf = HistGradientBoostingClassifier(**cfg).fit(X[tr], y[tr])
p = clf.predict_proba(X[va])[:, 1]
yv = y[va]

prior = y[tr].mean()
grade_rate = train_h.iloc[tr].groupby("grade")[TARGET].mean()
pb = train_h["grade"].iloc[va].map(grade_rate).fillna(prior).to_numpy()

print("                 auc     ap      brier")
print("prior baseline   0.5000  %.4f  %.4f" % (prior, brier_score_loss(yv, np.full(len(yv), prior))))
print("grade baseline   %.4f  %.4f  %.4f" % (roc_auc_score(yv, pb), average_precision_score(yv, pb), brier_score_loss(yv, pb)))
print("gbm + history    %.4f  %.4f  %.4f" % (roc_auc_score(yv, p), average_precision_score(yv, p), brier_score_loss(yv, p)))

rng = np.random.default_rng(SEED)
ci = []
for _ in range(400):
    s = rng.integers(0, len(yv), len(yv))
    ci.append(roc_auc_score(yv[s], p[s]))
print("auc 95%% CI [%.4f, %.4f]" % tuple(np.percentile(ci, [2.5, 97.5])))

final = HistGradientBoostingClassifier(**cfg).fit(X, y)
pred = final.predict_proba(X_of(test_h, cols).to_numpy())[:, 1]
pd.DataFrame({"loan_id": test_h["loan_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
