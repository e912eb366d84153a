"""Fraud propensity model -- logistic regression with odds-ratio readout.

I treat this as a statistical modelling exercise: fit one well-specified
logit on all transactions, check the coefficients make business sense, and
report goodness of fit against the intercept-only (base-rate) model.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

df = pd.read_csv("train.csv")
new = pd.read_csv("test.csv")

print("transactions:", len(df), " fraud:", int(df.is_fraud.sum()), f"({df.is_fraud.mean():.2%})")
print(pd.crosstab(df.chargeback_flag, df.is_fraud, margins=True))
print(df.groupby("merchant_category").is_fraud.agg(["size", "mean"]).sort_values("mean", ascending=False))

for d in (df, new):
    d["log_amount"] = np.log1p(d.amount)
    d["log_distance"] = np.log1p(d.distance_from_home_km)
    d["night"] = (d.hour < 6).astype(int)
    d["new_card"] = (d.card_age_days < 30).astype(int)

formula = ("is_fraud ~ log_amount + log_distance + night + card_present + txn_count_24h"
           " + country_mismatch + new_card + chargeback_flag + C(merchant_category)")
model = smf.logit(formula, data=df).fit(disp=0, maxiter=100)
null = smf.logit("is_fraud ~ 1", data=df).fit(disp=0)
print(model.summary())

odds = pd.DataFrame({"OR": np.exp(model.params),
                     "lower": np.exp(model.conf_int()[0]),
                     "upper": np.exp(model.conf_int()[1]),
                     "p": model.pvalues})
print(odds.round(3))

# multicollinearity check on the numeric design
from statsmodels.stats.outliers_influence import variance_inflation_factor

num_design = df[["log_amount", "log_distance", "night", "card_present", "txn_count_24h",
                 "country_mismatch", "new_card"]].assign(const=1.0)
vif = pd.Series([variance_inflation_factor(num_design.values, i) for i in range(num_design.shape[1] - 1)],
                index=num_design.columns[:-1], name="VIF")
print(vif.round(2))

# goodness of fit against the base-rate model
p_model = model.predict(df)
p_null = null.predict(df)
lr_stat = 2 * (model.llf - null.llf)
print(f"\nLR chi2 vs intercept-only: {lr_stat:.1f} on {model.df_model:.0f} df")
print(f"McFadden R2: {model.prsquared:.3f}")
print(f"AUC      model {roc_auc_score(df.is_fraud, p_model):.4f}   base rate {roc_auc_score(df.is_fraud, p_null):.4f}")
print(f"PR AUC   model {average_precision_score(df.is_fraud, p_model):.4f}   "
      f"base rate {average_precision_score(df.is_fraud, p_null):.4f}")
print(f"log loss model {log_loss(df.is_fraud, p_model):.4f}   base rate {log_loss(df.is_fraud, p_null):.4f}")

# Hosmer-Lemeshow style table
df["p_hat"] = p_model
df["group"] = pd.qcut(df.p_hat.rank(method="first"), 10, labels=False) + 1
hl = df.groupby("group").agg(n=("is_fraud", "size"), observed=("is_fraud", "sum"), expected=("p_hat", "sum"))
print(hl.round(2))

new["prediction"] = model.predict(new)
new[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
