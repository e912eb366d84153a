"""Loan default: 10-fold cross-validated logit, folds built by index arithmetic."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

loans = pd.read_csv("loans.csv", parse_dates=["application_date"])
cols = ["income", "loan_amount", "interest_rate", "dti", "credit_score",
        "n_open_accounts", "employment_years", "term_months"]
loans = loans.dropna(subset=cols).reset_index(drop=True)

X = loans[cols].to_numpy(float)
X[:, 0] = np.log(np.clip(X[:, 0], 1000, None))
X[:, 1] = np.log(X[:, 1])
own = (loans["home_ownership"] == "OWN").to_numpy(float)
mortgage = (loans["home_ownership"] == "MORTGAGE").to_numpy(float)
X = np.column_stack([X, own, mortgage])
y = loans["defaulted_12m"].to_numpy()

n, K = len(y), 10
rng = np.random.default_rng(101)
shuffled = rng.permutation(n)
bounds = np.linspace(0, n, K + 1).astype(int)

oof = np.empty(n)
fold_stats = []
for k in range(K):
    va = shuffled[bounds[k]:bounds[k + 1]]
    tr = np.setdiff1d(shuffled, va, assume_unique=True)
    mu = X[tr].mean(0)
    sd = X[tr].std(0)
    sd[sd == 0] = 1
    Dtr = sm.add_constant((X[tr] - mu) / sd)
    Dva = sm.add_constant((X[va] - mu) / sd, has_constant="add")
    r = sm.Logit(y[tr], Dtr).fit(disp=0)
    oof[va] = r.predict(Dva)
    fold_stats.append((roc_auc_score(y[va], oof[va]),
                       brier_score_loss(y[va], oof[va]),
                       brier_score_loss(y[va], np.full(len(va), y[tr].mean()))))

fs = np.array(fold_stats)
print("fold AUC  ", fs[:, 0].round(3))
print(f"CV AUC {fs[:, 0].mean():.3f} +/- {fs[:, 0].std(ddof=1) / np.sqrt(K):.3f} (se)")
print(f"CV Brier {fs[:, 1].mean():.4f} vs prior-rate baseline {fs[:, 2].mean():.4f}")
print(f"pooled out-of-fold AUC {roc_auc_score(y, oof):.3f}")

# calibration by decile of out-of-fold risk
dec = pd.qcut(oof, 10, labels=False, duplicates="drop")
cal = pd.DataFrame({"dec": dec, "p": oof, "y": y}).groupby("dec").mean()
print(cal.round(3))
