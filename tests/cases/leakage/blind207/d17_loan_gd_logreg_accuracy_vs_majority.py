"""
Take-home: will a loan default within 12 months?

Numpy-only logistic regression (Newton / IRLS, it converges in a handful of
iterations on a dozen features). Out-of-time validation on 2020+ originations
from borrowers with no earlier loan in the fitting window.
"""
import numpy as np
import pandas as pd

TARGET = "defaulted_12m"

data = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")

print(data.shape)
print(data.head(3).T)
print("positives:", int(data[TARGET].sum()), "of", len(data))

# ---- features -------------------------------------------------------------
GRADE = {g: i for i, g in enumerate("ABCDEFG")}


def feats(d):
    return pd.DataFrame({
        "rate": d["interest_rate"],
        "grade": d["grade"].map(GRADE),
        "fico": d["fico"],
        "dti": d["dti"].clip(0, 60),
        "util": d["revol_util"].clip(0, 150),
        "log_inc": np.log1p(d["annual_income"].clip(lower=0)),
        "log_amt": np.log1p(d["loan_amount"]),
        "term60": (d["term_months"] == 60).astype(float),
        "delinq": d["delinq_2y"].clip(0, 4),
        "inq": d["inq_last_6m"].clip(0, 8),
        "rent": (d["home_ownership"] == "RENT").astype(float),
    }, index=d.index)


F = feats(data)
names = list(F.columns)
X = F.to_numpy(dtype=float)
y = data[TARGET].to_numpy(dtype=float)

# ---- split ----------------------------------------------------------------
ym = data["origination_month"].astype(str).to_numpy()
bor = data["borrower_id"].to_numpy()
i_fit = np.flatnonzero(ym < "2020-01")
i_val = np.flatnonzero(ym >= "2020-01")
i_val = i_val[~np.isin(bor[i_val], bor[i_fit])]
print("fit rows", i_fit.size, "val rows", i_val.size)

center = np.nanmedian(X[i_fit], axis=0)
X = np.where(np.isnan(X), center, X)
loc, scale = X[i_fit].mean(0), X[i_fit].std(0)
scale[scale == 0] = 1.0
X = (X - loc) / scale
X1 = np.column_stack([np.ones(len(X)), X])


def irls(A, t, ridge=1.0, iters=25):
    w = np.zeros(A.shape[1])
    R = ridge * np.eye(A.shape[1])
    R[0, 0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-A @ w))
        W = p * (1 - p)
        H = A.T @ (A * W[:, None]) + R
        g = A.T @ (p - t) + R @ w
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


w = irls(X1[i_fit], y[i_fit])
p_val = 1 / (1 + np.exp(-X1[i_val] @ w))
y_val = y[i_val]

# ---- evaluation -----------------------------------------------------------
pred = (p_val >= 0.5).astype(float)
acc_model = (pred == y_val).mean()
majority = float(y[i_fit].mean() >= 0.5)
acc_major = (y_val == majority).mean()
print(f"majority-class baseline accuracy: {acc_major:.4f}")
print(f"logistic regression accuracy:     {acc_model:.4f}")

rng = np.random.default_rng(99)
gain = []
for _ in range(1000):
    k = rng.integers(0, len(y_val), len(y_val))
    gain.append((pred[k] == y_val[k]).mean() - (y_val[k] == majority).mean())
print("accuracy gain over baseline, 95%% interval: [%.4f, %.4f]" % tuple(np.percentile(gain, [2.5, 97.5])))

print("\ncoefficients (standardised):")
for n, c in sorted(zip(names, w[1:]), key=lambda z: -abs(z[1])):
    print(f"  {n:8s} {c:+.3f}")

# ---- submission -----------------------------------------------------------
XA = F.to_numpy(dtype=float)
cA = np.nanmedian(XA, axis=0)
XA = np.where(np.isnan(XA), cA, XA)
lA, sA = XA.mean(0), XA.std(0)
sA[sA == 0] = 1.0
wA = irls(np.column_stack([np.ones(len(XA)), (XA - lA) / sA]), y)
XT = feats(to_score).to_numpy(dtype=float)
XT = (np.where(np.isnan(XT), cA, XT) - lA) / sA
pT = 1 / (1 + np.exp(-(wA[0] + XT @ wA[1:])))
pd.DataFrame({"loan_id": to_score["loan_id"], "prediction": pT}).to_csv("predictions.csv", index=False)
print("wrote", len(pT), "predictions")
