"""Loan approval cut-off from an expected-loss curve: tuned on a validation window."""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

LGD = 0.45          # loss given default, share of principal
MARGIN = 0.06       # lifetime margin on a good loan, share of principal

loans = pd.read_csv("loans.csv", parse_dates=["application_date"])
loans = loans.dropna(subset=["income", "credit_score", "dti", "interest_rate"])
loans["ln_income"] = np.log(loans["income"].clip(lower=1000))
loans["ln_amount"] = np.log(loans["loan_amount"])

t_val, t_test = pd.Timestamp("2022-07-01"), pd.Timestamp("2023-01-01")
dev = loans[loans["application_date"] < t_val]
val = loans[(loans["application_date"] >= t_val) & (loans["application_date"] < t_test)]
val = val[~val["applicant_id"].isin(dev["applicant_id"])]
prior_ids = set(dev["applicant_id"]) | set(val["applicant_id"])
test = loans[(loans["application_date"] >= t_test) & ~loans["applicant_id"].isin(prior_ids)]
print("dev/val/test:", len(dev), len(val), len(test))

model = smf.logit("defaulted_12m ~ ln_income + ln_amount + interest_rate + dti"
                  " + credit_score + employment_years + C(home_ownership)", data=dev).fit(disp=0)


def portfolio_value(frame, pd_hat, cutoff):
    approve = pd_hat < cutoff
    amt = frame["loan_amount"].to_numpy()
    bad = frame["defaulted_12m"].to_numpy() == 1
    gain = np.where(bad, -LGD * amt, MARGIN * amt)
    return gain[approve].sum() / amt.sum()


pd_val = model.predict(val).to_numpy()
cutoffs = np.arange(0.02, 0.40, 0.01)
val_curve = np.array([portfolio_value(val, pd_val, c) for c in cutoffs])
c_star = cutoffs[np.argmax(val_curve)]
print(f"cut-off from validation window: PD < {c_star:.2f}")

pd_test = model.predict(test).to_numpy()
y_test = test["defaulted_12m"].to_numpy()
baseline_rate = np.full(len(y_test), dev["defaulted_12m"].mean())
print(f"test AUC {roc_auc_score(y_test, pd_test):.3f}")
print(f"test Brier {brier_score_loss(y_test, pd_test):.4f} | baseline {brier_score_loss(y_test, baseline_rate):.4f}")
print(f"test value per unit lent at cut-off {portfolio_value(test, pd_test, c_star):.4f}")
print(f"baseline (approve all)               {portfolio_value(test, pd_test, 2.0):.4f}")
print(f"approval rate {np.mean(pd_test < c_star):.3f}")
