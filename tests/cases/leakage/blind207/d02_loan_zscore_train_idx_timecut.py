"""
Loan default take-home: probability of default within 12 months.

Plain numpy logistic regression fitted by full-batch gradient descent.
Validation: originations from 2020 onwards are held out, and borrowers that
already have a loan in the training window are removed from that side.
"""
import numpy as np
import pandas as pd

TARGET = "defaulted_12m"
CUTOFF = "2020-01"
rng = np.random.default_rng(11)

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print("default rate:", round(train[TARGET].mean(), 4))
print(train.isna().mean().sort_values(ascending=False).head(8))
print(train.groupby("origination_month")[TARGET].mean().tail(12))

GRADE = {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7}
EMP = {"< 1 year": 0, "1 year": 1, "2 years": 2, "3 years": 3, "4 years": 4,
       "5 years": 5, "6 years": 6, "7 years": 7, "8 years": 8, "9 years": 9,
       "10+ years": 10}


def make_features(frame):
    f = pd.DataFrame(index=frame.index)
    f["log_amount"] = np.log1p(frame["loan_amount"])
    f["term_60"] = (frame["term_months"] == 60).astype(float)
    f["rate"] = frame["interest_rate"]
    f["grade"] = frame["grade"].map(GRADE)
    f["log_income"] = np.log1p(frame["annual_income"].clip(lower=0))
    f["dti"] = frame["dti"].clip(upper=60)
    f["revol_util"] = frame["revol_util"].clip(upper=150)
    f["fico"] = frame["fico"]
    f["delinq"] = frame["delinq_2y"].clip(upper=5)
    f["open_acc"] = frame["open_accounts"]
    f["emp_len"] = frame["emp_length"].map(EMP)
    f["renter"] = (frame["home_ownership"] == "RENT").astype(float)
    f["amt_to_income"] = frame["loan_amount"] / frame["annual_income"].clip(lower=1000)
    return f


feat = make_features(train)
cols = list(feat.columns)
X = feat.to_numpy(dtype=float)
y = train[TARGET].to_numpy(dtype=float)
months = train["origination_month"].astype(str).to_numpy()
borrowers = train["borrower_id"].to_numpy()

tr_idx = np.flatnonzero(months < CUTOFF)
va_idx = np.flatnonzero(months >= CUTOFF)
va_idx = va_idx[~np.isin(borrowers[va_idx], borrowers[tr_idx])]
print(f"train rows {len(tr_idx)}, validation rows {len(va_idx)}")

mu = np.nanmean(X[tr_idx], axis=0)
sd = np.nanstd(X[tr_idx], axis=0)
sd[sd == 0] = 1.0
Z = np.nan_to_num((X - mu) / sd)


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-np.clip(t, -30, 30)))


def fit_logreg(A, t, l2=1e-3, lr=0.2, n_iter=3000):
    A1 = np.hstack([np.ones((len(A), 1)), A])
    w = np.zeros(A1.shape[1])
    for _ in range(n_iter):
        p = sigmoid(A1 @ w)
        g = A1.T @ (p - t) / len(t)
        g[1:] += l2 * w[1:]
        w -= lr * g
    return w


def predict(w, A):
    return sigmoid(w[0] + A @ w[1:])


def auc(t, s):
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    # average ranks for ties
    _, inv, counts = np.unique(s, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, weights=ranks)
    ranks = (sums / counts)[inv]
    n_pos = t.sum()
    n_neg = len(t) - n_pos
    return (ranks[t == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def brier(t, p):
    return np.mean((p - t) ** 2)


w = fit_logreg(Z[tr_idx], y[tr_idx])
p_va = predict(w, Z[va_idx])
y_va = y[va_idx]

# baselines: constant training default rate, and default rate by grade
prior = y[tr_idx].mean()
grade_rate = pd.Series(y[tr_idx]).groupby(feat["grade"].to_numpy()[tr_idx]).mean()
p_grade = pd.Series(feat["grade"].to_numpy()[va_idx]).map(grade_rate).fillna(prior).to_numpy()

print(f"baseline prior    brier {brier(y_va, np.full(len(y_va), prior)):.4f}")
print(f"baseline grade    auc {auc(y_va, p_grade):.4f}  brier {brier(y_va, p_grade):.4f}")
print(f"logreg            auc {auc(y_va, p_va):.4f}  brier {brier(y_va, p_va):.4f}")

boot = []
for _ in range(500):
    b = rng.integers(0, len(va_idx), len(va_idx))
    if y_va[b].min() == y_va[b].max():
        continue
    boot.append(auc(y_va[b], p_va[b]))
lo, hi = np.percentile(boot, [2.5, 97.5])
print(f"auc 95% bootstrap interval: [{lo:.4f}, {hi:.4f}]")

for name, coef in sorted(zip(cols, w[1:]), key=lambda kv: -abs(kv[1])):
    print(f"{name:>14s} {coef:+.3f}")

# final model on all labelled rows
mu_all = np.nanmean(X, axis=0)
sd_all = np.nanstd(X, axis=0)
sd_all[sd_all == 0] = 1.0
w_all = fit_logreg(np.nan_to_num((X - mu_all) / sd_all), y)
X_test = make_features(test).to_numpy(dtype=float)
p_test = predict(w_all, np.nan_to_num((X_test - mu_all) / sd_all))
pd.DataFrame({"loan_id": test["loan_id"], "prediction": p_test}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(p_test))
