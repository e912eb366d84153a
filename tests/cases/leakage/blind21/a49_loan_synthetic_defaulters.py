"""Loan default: interpolate synthetic defaulters (SMOTE-style, by hand), logit, hit rate."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import accuracy_score

loans = pd.read_csv("loans.csv", parse_dates=["application_date"])
cols = ["income", "loan_amount", "interest_rate", "dti", "credit_score",
        "n_open_accounts", "employment_years"]
loans = loans.dropna(subset=cols).reset_index(drop=True)
loans["income"] = np.log(loans["income"].clip(lower=1000))
loans["loan_amount"] = np.log(loans["loan_amount"])


def synth_minority(frame, feature_cols, target, n_new, k=5, seed=0):
    rng = np.random.default_rng(seed)
    minority = frame[frame[target] == 1].reset_index(drop=True)
    M = minority[feature_cols].to_numpy(float)
    d2 = ((M[:, None, :] - M[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(d2, np.inf)
    nbrs = np.argsort(d2, axis=1)[:, :k]
    base = rng.integers(0, len(M), n_new)
    mate = nbrs[base, rng.integers(0, k, n_new)]
    lam = rng.random((n_new, 1))
    new = minority.iloc[base].copy().reset_index(drop=True)
    new[feature_cols] = M[base] + lam * (M[mate] - M[base])
    new["applicant_id"] = ["syn_%d" % i for i in range(n_new)]
    return pd.concat([frame, new], ignore_index=True)


n_bad = int(loans["defaulted_12m"].sum())
augmented = synth_minority(loans, cols, "defaulted_12m", n_new=3 * n_bad, seed=13)
print("default share before/after:",
      round(loans["defaulted_12m"].mean(), 3), round(augmented["defaulted_12m"].mean(), 3))

t = augmented["application_date"].to_numpy()
a = augmented["applicant_id"].to_numpy()
dev = t < np.datetime64("2023-01-01")
oot = ~dev & ~np.isin(a, np.unique(a[dev]))

X = augmented[cols].to_numpy(float)
y = augmented["defaulted_12m"].to_numpy()
mu, sd = X[dev].mean(0), X[dev].std(0)
D_dev = sm.add_constant((X[dev] - mu) / sd)
D_oot = sm.add_constant((X[oot] - mu) / sd, has_constant="add")

res = sm.Logit(y[dev], D_dev).fit(disp=0)
print(pd.Series(res.params, index=["const"] + cols).round(3))

pred = (res.predict(D_oot) >= 0.5).astype(int)
print(f"OOT accuracy              {accuracy_score(y[oot], pred):.3f}")
print(f"baseline: predict no default {accuracy_score(y[oot], np.zeros(oot.sum(), dtype=int)):.3f}")
