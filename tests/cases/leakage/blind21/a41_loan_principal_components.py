"""Loan default: principal-component logit to tame collinear bureau variables."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("loans.csv", parse_dates=["application_date"])
df = df.sort_values("application_date").reset_index(drop=True)

bureau = ["income", "loan_amount", "interest_rate", "dti", "credit_score",
          "n_open_accounts", "employment_years", "term_months"]
df = df.dropna(subset=bureau).reset_index(drop=True)
df["income"] = np.log(df["income"].clip(lower=1000))
df["loan_amount"] = np.log(df["loan_amount"])

B = df[bureau].to_numpy(float)


def principal_components(M, k):
    C = (M - M.mean(axis=0)) / M.std(axis=0, ddof=1)
    U, s, Vt = np.linalg.svd(C, full_matrices=False)
    share = s ** 2 / np.sum(s ** 2)
    return C @ Vt[:k].T, share


k = 4
scores, share = principal_components(B, k)
print("variance share:", np.round(share, 3), "| kept", k, "=", round(share[:k].sum(), 3))

y = df["defaulted_12m"].to_numpy()
date = df["application_date"].to_numpy()
appl = df["applicant_id"].to_numpy()
dev = date < np.datetime64("2023-01-01")
oot = ~dev & ~np.isin(appl, np.unique(appl[dev]))

F = sm.add_constant(scores)
res = sm.Logit(y[dev], F[dev]).fit(disp=0)
print(res.params.round(3))

p = res.predict(F[oot])
p0 = np.repeat(y[dev].mean(), oot.sum())
auc = roc_auc_score(y[oot], p)
print(f"OOT AUC {auc:.3f} (Gini {2 * auc - 1:.3f})")
print(f"OOT Brier {brier_score_loss(y[oot], p):.4f} vs baseline {brier_score_loss(y[oot], p0):.4f}")
