"""Card fraud: logit on principal components.

Several behavioural covariates are correlated (amount, distance, velocity, card age),
so I orthogonalise them with a PCA on the correlation matrix and regress on the
leading components plus the binary flags and merchant category.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.multivariate.pca import PCA
from sklearn.metrics import average_precision_score, roc_auc_score

Y = "is_fraud"
CONT = ["amount", "distance_from_home_km", "txn_count_24h", "card_age_days", "hour"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df[CONT].corr().round(2))

# log scale for the skewed ones (row-wise)
for d in (df, test):
    d["amount"] = np.log1p(d["amount"])
    d["distance_from_home_km"] = np.log1p(d["distance_from_home_km"])
    d["card_age_days"] = np.log1p(d["card_age_days"])

# PCA on standardised continuous covariates
mu, sd = df[CONT].mean(), df[CONT].std()
Z = (df[CONT] - mu) / sd
Z_test = (test[CONT] - mu) / sd
pca = PCA(Z, ncomp=3, standardize=False, demean=False, method="svd")
print("explained variance share:", (pca.eigenvals / pca.eigenvals.sum()).round(3).tolist())
print(pca.loadings.round(3))

L = pca.loadings.values
pcs = pd.DataFrame(Z.values @ L, columns=["pc1", "pc2", "pc3"], index=df.index)
pcs_test = pd.DataFrame(Z_test.values @ L, columns=["pc1", "pc2", "pc3"], index=test.index)
df = pd.concat([df, pcs], axis=1)
test = pd.concat([test, pcs_test], axis=1)

# holdout
u = np.random.RandomState(21).rand(len(df))
fit_part, hold = df[u < 0.8], df[u >= 0.8]

formula = f"{Y} ~ pc1 + pc2 + pc3 + card_present + country_mismatch + C(merchant_category)"
res = smf.logit(formula, data=fit_part).fit(disp=False)
print(res.summary().tables[1])

ph = res.predict(hold)
print(f"holdout AP  {average_precision_score(hold[Y], ph):.3f}")
print(f"holdout AUC {roc_auc_score(hold[Y], ph):.3f}")

# calibration by decile
cal = pd.DataFrame({"p": ph, "y": hold[Y]})
cal["d"] = pd.qcut(cal["p"].rank(method="first"), 10, labels=False)
print(cal.groupby("d")[["p", "y"]].mean().round(4))

final = smf.logit(formula, data=df).fit(disp=False)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict(test)}).to_csv(
    "predictions.csv", index=False)
