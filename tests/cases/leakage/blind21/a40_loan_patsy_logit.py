"""Loan default within 12 months: logit specified with a patsy formula."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrices, build_design_matrices
from sklearn.metrics import roc_auc_score, brier_score_loss, log_loss

loans = pd.read_csv("loans.csv", parse_dates=["application_date"])
loans = loans.dropna(subset=["income", "credit_score", "dti"])

loans["ln_income"] = np.log(loans["income"].clip(lower=1000))
loans["ln_amount"] = np.log(loans["loan_amount"])
loans["long_term"] = (loans["term_months"] > 36).astype(int)
loans["cs100"] = loans["credit_score"] / 100.0

performance = ["collections_flag"]
spec_terms = ["ln_income", "ln_amount", "long_term", "cs100", "dti", "interest_rate",
              "n_open_accounts", "employment_years", "C(home_ownership)", "C(purpose)"]
spec_terms += performance
spec = "defaulted_12m ~ " + " + ".join(spec_terms)

cut = pd.Timestamp("2023-01-01")
dev = loans[loans["application_date"] < cut]
oot = loans[loans["application_date"] >= cut]
oot = oot[~oot["applicant_id"].isin(dev["applicant_id"])]

y_dev, X_dev = dmatrices(spec, dev, return_type="dataframe")
(X_oot,) = build_design_matrices([X_dev.design_info], oot, return_type="dataframe")
y_oot = oot["defaulted_12m"].to_numpy()

res = sm.Logit(y_dev, X_dev).fit(disp=0, maxiter=100)
print(pd.DataFrame({"coef": res.params, "z": res.tvalues}).round(3))

p_oot = res.predict(X_oot).to_numpy()
p_ref = np.full(len(y_oot), y_dev.to_numpy().mean())

print(f"OOT AUC      {roc_auc_score(y_oot, p_oot):.3f}")
print(f"OOT log loss {log_loss(y_oot, p_oot):.4f}  (baseline {log_loss(y_oot, p_ref):.4f})")
print(f"OOT Brier    {brier_score_loss(y_oot, p_oot):.4f}  (baseline {brier_score_loss(y_oot, p_ref):.4f})")
