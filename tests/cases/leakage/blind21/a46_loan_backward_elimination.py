"""Loan default: backward elimination on Wald p-values, then out-of-time validation."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("loans.csv", parse_dates=["application_date"])
df["ln_income"] = np.log(df["income"].clip(lower=1000))
df["ln_amount"] = np.log(df["loan_amount"])
df["lti"] = df["loan_amount"] / df["income"].clip(lower=1000)
df["long_term"] = (df["term_months"] > 36).astype(int)
df["renter"] = (df["home_ownership"] == "RENT").astype(int)
df["debt_consol"] = (df["purpose"] == "debt_consolidation").astype(int)

candidates = ["ln_income", "ln_amount", "lti", "long_term", "renter", "debt_consol",
              "interest_rate", "dti", "credit_score", "n_open_accounts", "employment_years"]
df = df.dropna(subset=candidates).reset_index(drop=True)
y = df["defaulted_12m"].to_numpy()


def backward_eliminate(frame, target, variables, alpha=0.05):
    current = list(variables)
    while True:
        res = sm.Logit(target, sm.add_constant(frame[current])).fit(disp=0)
        pvals = res.pvalues.drop("const")
        worst = pvals.idxmax()
        if pvals[worst] <= alpha:
            return current, res
        print(f"drop {worst:18s} p={pvals[worst]:.3f}")
        current.remove(worst)


kept, _ = backward_eliminate(df, y, candidates)
print("retained:", kept)

dates = df["application_date"].to_numpy()
cut = np.datetime64("2023-01-01")
dev = dates < cut
oot = ~dev & ~df["applicant_id"].isin(df.loc[dev, "applicant_id"]).to_numpy()

res_dev = sm.Logit(y[dev], sm.add_constant(df.loc[dev, kept])).fit(disp=0)
p = res_dev.predict(sm.add_constant(df.loc[oot, kept], has_constant="add")).to_numpy()
yo = y[oot]
prior = np.full(len(yo), y[dev].mean())

print(f"OOT AUC {roc_auc_score(yo, p):.3f}")
print(f"OOT Brier {brier_score_loss(yo, p):.4f}, baseline {brier_score_loss(yo, prior):.4f}")
