# Loan prepayment - interpretable logistic regression (statsmodels)
#
# I went for an explainable GLM: the credit team wants coefficients they can
# sanity-check (rate spread, LTV, credit score ...), not a black box.

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train.describe().T[["mean", "std", "min", "max"]])

# --- light cleaning (row-wise) ---
for d in (train, test):
    d["log_income"] = np.log(d["annual_income"].clip(lower=1000))
    d["log_amount"] = np.log(d["loan_amount"])
    d["dti_missing"] = d["dti"].isna().astype(int)
    d["dti_f"] = d["dti"].fillna(0)
    d["fico_band"] = pd.cut(d["credit_score"], bins=[0, 620, 680, 740, 780, 900],
                            labels=["<620", "620-679", "680-739", "740-779", "780+"]).astype(str)
    d["ltv_c"] = d["ltv"].clip(upper=105)

formula = (
    "prepaid_12m ~ rate_spread + I(rate_spread**2) + ltv_c + log_amount + log_income"
    " + dti_f + dti_missing + C(fico_band) + C(occupancy) + C(loan_purpose)"
    " + C(property_type) + term_months + n_borrowers + first_time_buyer"
)

null_model = smf.logit("prepaid_12m ~ 1", data=train).fit(disp=0)
model = smf.logit(formula, data=train).fit(disp=0, maxiter=200)
print(model.summary())

# odds ratios are easier to talk about in the memo
odds = pd.DataFrame({"odds_ratio": np.exp(model.params), "p_value": model.pvalues})
print(odds.sort_values("p_value").head(15))

p = model.predict(train)
p_null = null_model.predict(train)
y = train["prepaid_12m"]

print("\n=== fit quality ===")
print(f"baseline (intercept only): AUC {roc_auc_score(y, p_null):.3f}  Brier {brier_score_loss(y, p_null):.4f}")
print(f"logit model              : AUC {roc_auc_score(y, p):.3f}  Brier {brier_score_loss(y, p):.4f}")
print(f"McFadden pseudo R2       : {model.prsquared:.3f}")

# calibration by decile
train["p"] = p
dec = train.groupby(pd.qcut(train["p"], 10, duplicates="drop"), observed=True).agg(
    predicted=("p", "mean"), observed=("prepaid_12m", "mean"), n=("p", "size"))
print(dec)

# unseen fico bands / categories would break predict -> map to most common level
for col in ["occupancy", "loan_purpose", "property_type", "fico_band"]:
    known = set(train[col].unique())
    test.loc[~test[col].isin(known), col] = train[col].mode()[0]

pred = model.predict(test)
pd.DataFrame({"loan_id": test["loan_id"], "prediction": pred.values}).to_csv("predictions.csv", index=False)
print("saved", len(pred))
