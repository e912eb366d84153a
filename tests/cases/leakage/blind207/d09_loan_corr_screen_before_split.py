"""Default-in-12-months model.

Generates a wide set of candidate ratio / interaction features, screens them by
absolute point-biserial correlation with the label, and fits an L2 logistic
regression on the survivors. Validation: out-of-time (2020+) on borrowers that
were not seen before the cut.
"""
import itertools

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss

TARGET = "defaulted_12m"
TOP_K = 15

raw = pd.read_csv("train.csv")
test_raw = pd.read_csv("test.csv")
print(raw.shape, raw[TARGET].mean().round(4))

BASE = ["loan_amount", "interest_rate", "annual_income", "dti", "revol_util",
        "fico", "open_accounts", "delinq_2y", "term_months", "installment"]


def candidates(d):
    c = pd.DataFrame(index=d.index)
    b = d[BASE].astype(float)
    b["annual_income"] = b["annual_income"].clip(lower=1000)
    for col in BASE:
        c[col] = b[col]
        c["log_" + col] = np.log1p(b[col].clip(lower=0))
    for a, bcol in itertools.combinations(BASE, 2):
        c[f"{a}_x_{bcol}"] = b[a] * b[bcol]
        c[f"{a}_per_{bcol}"] = b[a] / (b[bcol].abs() + 1.0)
    c["grade_num"] = d["grade"].map({g: i for i, g in enumerate("ABCDEFG", 1)})
    c["is_rent"] = (d["home_ownership"] == "RENT").astype(float)
    c["purpose_debt"] = (d["purpose"] == "debt_consolidation").astype(float)
    c["purpose_small_biz"] = (d["purpose"] == "small_business").astype(float)
    return c


C = candidates(raw)
y = raw[TARGET].to_numpy(dtype=float)
print("candidate features:", C.shape[1])


def abs_corr(frame, target):
    v = frame.to_numpy(dtype=float)
    ok = ~np.isnan(v)
    out = []
    for j in range(v.shape[1]):
        m = ok[:, j]
        if m.sum() < 100 or np.nanstd(v[m, j]) == 0:
            out.append(0.0)
            continue
        out.append(abs(np.corrcoef(v[m, j], target[m])[0, 1]))
    return pd.Series(out, index=frame.columns)


ranking = abs_corr(C, y).sort_values(ascending=False)
keep = list(ranking.index[:TOP_K])
print(ranking.head(TOP_K).round(4))

months = raw["origination_month"].astype(str).to_numpy()
bid = raw["borrower_id"].to_numpy()
tr_idx = np.flatnonzero(months < "2020-01")
va_idx = np.flatnonzero(months >= "2020-01")
va_idx = va_idx[~np.isin(bid[va_idx], bid[tr_idx])]
print("rows train/valid:", len(tr_idx), len(va_idx))

X = C[keep].to_numpy(dtype=float)
med = np.nanmedian(X[tr_idx], axis=0)
X = np.where(np.isnan(X), med, X)
mu = X[tr_idx].mean(axis=0)
sd = X[tr_idx].std(axis=0)
sd[sd == 0] = 1
Xz = (X - mu) / sd

clf = LogisticRegression(C=0.3, max_iter=3000)
clf.fit(Xz[tr_idx], y[tr_idx])
p = clf.predict_proba(Xz[va_idx])[:, 1]
yv = y[va_idx]

prior = np.full_like(p, y[tr_idx].mean())
print(f"baseline (train prior) log loss {log_loss(yv, prior):.4f}")
print(f"model                  log loss {log_loss(yv, p):.4f}  auc {roc_auc_score(yv, p):.4f}")

rng = np.random.default_rng(5)
bs = []
for _ in range(300):
    s = rng.choice(len(yv), len(yv), replace=True)
    bs.append(roc_auc_score(yv[s], p[s]))
print("auc bootstrap 2.5/97.5:", np.percentile(bs, [2.5, 97.5]).round(4))

# final fit: same selected features, statistics from all labelled rows
Xf = C[keep].to_numpy(dtype=float)
med_f = np.nanmedian(Xf, axis=0)
Xf = np.where(np.isnan(Xf), med_f, Xf)
mu_f, sd_f = Xf.mean(0), Xf.std(0)
sd_f[sd_f == 0] = 1
final = LogisticRegression(C=0.3, max_iter=3000).fit((Xf - mu_f) / sd_f, y)

Xt = candidates(test_raw)[keep].to_numpy(dtype=float)
Xt = np.where(np.isnan(Xt), med_f, Xt)
pt = final.predict_proba((Xt - mu_f) / sd_f)[:, 1]
pd.DataFrame({"loan_id": test_raw["loan_id"], "prediction": pt}).to_csv("predictions.csv", index=False)
print("predictions:", pt.shape, pt.mean().round(4))
