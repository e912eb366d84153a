"""Loan default: rolling-origin evaluation by quarter, first-time applicants only."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("loans.csv", parse_dates=["application_date"])
cols = ["income", "loan_amount", "interest_rate", "dti", "credit_score",
        "n_open_accounts", "employment_years"]
df = df.dropna(subset=cols)
df = df.iloc[np.argsort(df["application_date"].to_numpy(), kind="mergesort")].reset_index(drop=True)

X = df[cols].to_numpy(float)
X[:, :2] = np.log(np.clip(X[:, :2], 1, None))
y = df["defaulted_12m"].to_numpy()
date = df["application_date"].to_numpy()
appl = df["applicant_id"].to_numpy()

quarters = pd.date_range("2022-01-01", "2023-10-01", freq="QS").to_numpy()
EMBARGO = np.timedelta64(365, "D")   # outcome needs 12 months to mature

rows = []
for q0 in quarters:
    q1 = q0 + np.timedelta64(91, "D")
    fit_mask = date < (q0 - EMBARGO)
    seen = np.unique(appl[date < q0])
    ev_mask = (date >= q0) & (date < q1) & ~np.isin(appl, seen)
    if fit_mask.sum() < 500 or y[ev_mask].sum() < 10:
        continue
    mu, sd = X[fit_mask].mean(0), X[fit_mask].std(0)
    D_fit = sm.add_constant((X[fit_mask] - mu) / sd)
    D_ev = sm.add_constant((X[ev_mask] - mu) / sd, has_constant="add")
    m = sm.Logit(y[fit_mask], D_fit).fit(disp=0)
    p = m.predict(D_ev)
    base = np.full(ev_mask.sum(), y[fit_mask].mean())
    rows.append({
        "quarter": str(pd.Timestamp(q0).to_period("Q")),
        "n_fit": int(fit_mask.sum()),
        "n_eval": int(ev_mask.sum()),
        "auc": roc_auc_score(y[ev_mask], p),
        "brier": brier_score_loss(y[ev_mask], p),
        "brier_baseline": brier_score_loss(y[ev_mask], base),
    })

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print(f"mean AUC {res['auc'].mean():.3f}, worst quarter {res['auc'].min():.3f}")
print(f"Brier skill vs baseline {1 - res['brier'].mean() / res['brier_baseline'].mean():.3f}")
