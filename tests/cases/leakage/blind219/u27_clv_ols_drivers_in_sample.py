"""
What drives 12-month customer value? (explanatory model for the CRM team)

CDNOW-style purchase log: cust_id, date (YYYYMMDD), n_cds, amount.
Calibration = first 39 weeks, outcome = spend in the following 39 weeks.
This is a drivers analysis: we fit one OLS on all customers and read the
coefficients, so the fit statistics below are in-sample.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
import matplotlib.pyplot as plt
from sklearn.metrics import mean_absolute_error, r2_score

cols = ["cust_id", "date", "n_cds", "amount"]
log = pd.read_csv("CDNOW_master.txt", sep=r"\s+", names=cols, header=None)
log["date"] = pd.to_datetime(log["date"].astype(str), format="%Y%m%d")
log = log.sort_values(["cust_id", "date"])

start = log["date"].min()
calib_end = start + pd.Timedelta(weeks=39)
outcome_end = calib_end + pd.Timedelta(weeks=39)

calib = log[log["date"] < calib_end]
outcome = log[(log["date"] >= calib_end) & (log["date"] < outcome_end)]

# daily baskets -> one row per customer & day
calib = calib.groupby(["cust_id", "date"], as_index=False)[["n_cds", "amount"]].sum()

g = calib.groupby("cust_id")
cust = pd.DataFrame({
    "first": g["date"].min(),
    "last": g["date"].max(),
    "n_purchases": g.size(),
    "spend": g["amount"].sum(),
    "avg_basket": g["amount"].mean(),
    "cds_per_basket": g["n_cds"].mean(),
})
cust["repeat_purchases"] = cust["n_purchases"] - 1
cust["recency_wk"] = (cust["last"] - cust["first"]).dt.days / 7
cust["age_wk"] = (calib_end - cust["first"]).dt.days / 7
cust["first_month"] = cust["first"].dt.month
cust["future_spend"] = outcome.groupby("cust_id")["amount"].sum()
cust["future_spend"] = cust["future_spend"].fillna(0.0)
cust["log_future"] = np.log1p(cust["future_spend"])
cust["log_spend"] = np.log1p(cust["spend"])
cust["log_basket"] = np.log1p(cust["avg_basket"])
print(cust.shape)
print(cust.describe().T.round(2))

formula = ("log_future ~ repeat_purchases + recency_wk + age_wk + log_spend"
           " + log_basket + cds_per_basket + C(first_month)")
ols = smf.ols(formula, data=cust).fit(cov_type="HC3")
print(ols.summary())

fitted = ols.fittedvalues
print("in-sample R2 (log scale):", round(r2_score(cust["log_future"], fitted), 3))
print("in-sample MAE ($):", round(mean_absolute_error(cust["future_spend"], np.expm1(fitted)), 2))

# which repeat-purchase groups are over/under-predicted?
cust["resid"] = cust["log_future"] - fitted
print(cust.groupby(pd.cut(cust["repeat_purchases"], [-1, 0, 1, 3, 6, 100]))["resid"]
          .agg(["mean", "count"]).round(3))

# a second specification with a zero-inflation style split: did they buy at all?
cust["bought_again"] = (cust["future_spend"] > 0).astype(int)
X_logit = sm.add_constant(cust[["repeat_purchases", "recency_wk", "age_wk", "log_spend"]])
logit = sm.Logit(cust["bought_again"], X_logit).fit(disp=0)
print(logit.summary2().tables[1].round(3))
print("pseudo R2:", round(logit.prsquared, 3))

fig, ax = plt.subplots(figsize=(5, 5))
ax.scatter(fitted, cust["log_future"], s=3, alpha=0.3)
ax.plot([0, 8], [0, 8], "r--")
ax.set_xlabel("fitted log1p spend")
ax.set_ylabel("actual log1p spend")
fig.savefig("clv_ols_fit.png", dpi=120)
