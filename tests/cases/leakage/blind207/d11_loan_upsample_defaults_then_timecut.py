# ------------------------------------------------------------------
# Loan default (12m) -- take-home
# Defaults are ~8% of rows, so the minority class is upsampled x4 to give
# the gradient descent something to chew on. Validation is out-of-time.
# ------------------------------------------------------------------
import numpy as np
import pandas as pd

TARGET = "defaulted_12m"
rng = np.random.default_rng(1234)

loans = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")
print(loans.shape, holdout.shape)
print(loans[TARGET].value_counts())
print(loans["origination_month"].min(), loans["origination_month"].max())

NUM = ["loan_amount", "interest_rate", "annual_income", "dti", "revol_util",
       "fico", "open_accounts", "delinq_2y", "inq_last_6m", "term_months"]
GRADES = list("ABCDEFG")


def featurize(d):
    out = d[NUM].astype(float).copy()
    out["annual_income"] = np.log1p(out["annual_income"].clip(lower=0))
    out["loan_amount"] = np.log1p(out["loan_amount"])
    out["grade"] = d["grade"].map({g: i for i, g in enumerate(GRADES)}).astype(float)
    out["mortgage"] = (d["home_ownership"] == "MORTGAGE").astype(float)
    out["debt_consol"] = (d["purpose"] == "debt_consolidation").astype(float)
    return out


# upsample defaults
y0 = loans[TARGET].to_numpy()
pos = np.flatnonzero(y0 == 1)
extra = rng.choice(pos, size=3 * len(pos), replace=True)
loans = loans.iloc[np.concatenate([np.arange(len(loans)), extra])].reset_index(drop=True)
print("after upsampling:", loans[TARGET].mean().round(3))

F = featurize(loans)
X = F.to_numpy()
y = loans[TARGET].to_numpy(dtype=float)
month = loans["origination_month"].astype(str).to_numpy()
borrower = loans["borrower_id"].to_numpy()

tr = np.flatnonzero(month < "2020-01")
va = np.flatnonzero(month >= "2020-01")
va = va[~np.isin(borrower[va], borrower[tr])]

fill = np.nanmedian(X[tr], axis=0)
X = np.where(np.isnan(X), fill, X)
mean, std = X[tr].mean(0), X[tr].std(0)
std[std == 0] = 1.0
X = (X - mean) / std


def gd_logistic(A, t, steps=2500, lr=0.3, reg=1e-3):
    A = np.column_stack([np.ones(len(A)), A])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        z = np.clip(A @ w, -35, 35)
        p = 1.0 / (1.0 + np.exp(-z))
        grad = A.T @ (p - t) / len(t)
        grad[1:] += reg * w[1:]
        w -= lr * grad
    return w


def proba(w, A):
    return 1.0 / (1.0 + np.exp(-np.clip(w[0] + A @ w[1:], -35, 35)))


def auc(t, s):
    r = pd.Series(s).rank(method="average").to_numpy()
    npos = t.sum()
    return (r[t == 1].sum() - npos * (npos + 1) / 2) / (npos * (len(t) - npos))


def pr_auc(t, s):
    o = np.argsort(-s)
    tp = np.cumsum(t[o])
    prec = tp / np.arange(1, len(t) + 1)
    return np.sum(prec * t[o]) / t.sum()


w = gd_logistic(X[tr], y[tr])
p = proba(w, X[va])
t = y[va]

# baseline: the lender's own grade as a score
g = F["grade"].to_numpy()[va]
print(f"baseline grade  auc={auc(t, g):.4f} ap={pr_auc(t, g):.4f}")
print(f"model           auc={auc(t, p):.4f} ap={pr_auc(t, p):.4f}")
flag = p > 0.5
print(f"recall@0.5 {flag[t == 1].mean():.3f}  precision@0.5 {t[flag].mean():.3f}")

bs = np.array([auc(t[i], p[i]) for i in
               (rng.integers(0, len(t), len(t)) for _ in range(300))])
print("auc 95% CI", np.quantile(bs, [0.025, 0.975]).round(4))

# submission: refit on all (upsampled) labelled rows
Xa = F.to_numpy()
fill_a = np.nanmedian(Xa, axis=0)
Xa = np.where(np.isnan(Xa), fill_a, Xa)
m_a, s_a = Xa.mean(0), Xa.std(0)
s_a[s_a == 0] = 1.0
w_a = gd_logistic((Xa - m_a) / s_a, y)
Xh = featurize(holdout).to_numpy()
Xh = (np.where(np.isnan(Xh), fill_a, Xh) - m_a) / s_a
pd.DataFrame({"loan_id": holdout["loan_id"], "prediction": proba(w_a, Xh)}).to_csv(
    "predictions.csv", index=False)
print("done")
