"""
Loan default take-home.

Model: L2 logistic regression written in numpy (gradient descent).
Validation: 5-fold cross-validation where folds are made of borrowers, so a
borrower's loans never sit on both sides. Scaling / imputation statistics are
recomputed inside each fold from the fitting rows only.
"""
import numpy as np
import pandas as pd

TARGET = "defaulted_12m"
K = 5
rng = np.random.default_rng(20)

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, "borrowers:", df["borrower_id"].nunique())
print("loans per borrower:", df.groupby("borrower_id").size().describe().round(2).to_dict())
print("default rate:", df[TARGET].mean().round(4))

GR = dict(zip("ABCDEFG", range(7)))
COLS = ["interest_rate", "fico", "dti", "revol_util", "open_accounts",
        "delinq_2y", "inq_last_6m", "term_months"]


def feature_frame(d):
    f = d[COLS].astype(float).copy()
    f["grade"] = d["grade"].map(GR)
    f["log_income"] = np.log1p(d["annual_income"].clip(lower=0))
    f["log_amount"] = np.log1p(d["loan_amount"])
    f["pay_to_income"] = (d["loan_amount"] / d["term_months"]) * 12 / d["annual_income"].clip(lower=1000)
    f["rent"] = (d["home_ownership"] == "RENT").astype(float)
    return f


F = feature_frame(df)
X_raw = F.to_numpy(dtype=float)
y = df[TARGET].to_numpy(dtype=float)


def prep(X, fit_idx):
    med = np.nanmedian(X[fit_idx], axis=0)
    Xf = np.where(np.isnan(X), med, X)
    mu, sd = Xf[fit_idx].mean(0), Xf[fit_idx].std(0)
    sd[sd == 0] = 1.0
    return (Xf - mu) / sd


def fit(A, t, lam=0.01, lr=0.3, it=2000):
    A = np.c_[np.ones(len(A)), A]
    w = np.zeros(A.shape[1])
    for _ in range(it):
        p = 1.0 / (1.0 + np.exp(-A @ w))
        w -= lr * (A.T @ (p - t) / len(t) + lam * np.r_[0, w[1:]])
    return w


def predict(w, A):
    return 1.0 / (1.0 + np.exp(-(w[0] + A @ w[1:])))


def auc(t, s):
    r = pd.Series(s).rank().to_numpy()
    n1 = t.sum()
    n0 = len(t) - n1
    return (r[t == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


def brier(t, p):
    return float(np.mean((t - p) ** 2))


borrowers = df["borrower_id"].to_numpy()
uniq = rng.permutation(np.unique(borrowers))
fold_of_borrower = {b: i % K for i, b in enumerate(uniq)}
fold = np.array([fold_of_borrower[b] for b in borrowers])

oof = np.zeros(len(y))
rows = []
for k in range(K):
    va = np.flatnonzero(fold == k)
    tr = np.flatnonzero(fold != k)
    Z = prep(X_raw, tr)
    w = fit(Z[tr], y[tr])
    oof[va] = predict(w, Z[va])
    prior = y[tr].mean()
    rows.append({
        "fold": k,
        "n_val": len(va),
        "auc": auc(y[va], oof[va]),
        "brier": brier(y[va], oof[va]),
        "brier_prior_baseline": brier(y[va], np.full(len(va), prior)),
    })

res = pd.DataFrame(rows)
print(res.round(4))
print(res[["auc", "brier", "brier_prior_baseline"]].agg(["mean", "std"]).round(4))

# bootstrap CI of the pooled out-of-fold AUC, resampling borrowers
by_b = pd.Series(np.arange(len(y))).groupby(borrowers).apply(np.array)
ub = by_b.index.to_numpy()
bs = []
for _ in range(200):
    pick = rng.choice(len(ub), len(ub), replace=True)
    ix = np.concatenate(by_b.iloc[pick].to_list())
    bs.append(auc(y[ix], oof[ix]))
print("pooled OOF auc %.4f, 95%% CI %.4f-%.4f" % (auc(y, oof), *np.percentile(bs, [2.5, 97.5])))

# final model
all_idx = np.arange(len(y))
med = np.nanmedian(X_raw, axis=0)
Xa = np.where(np.isnan(X_raw), med, X_raw)
mu, sd = Xa.mean(0), Xa.std(0)
sd[sd == 0] = 1.0
w_final = fit((Xa - mu) / sd, y)
Xt = feature_frame(test).to_numpy(dtype=float)
Xt = (np.where(np.isnan(Xt), med, Xt) - mu) / sd
pd.DataFrame({"loan_id": test["loan_id"], "prediction": predict(w_final, Xt)}).to_csv(
    "predictions.csv", index=False)
print("predictions written")
