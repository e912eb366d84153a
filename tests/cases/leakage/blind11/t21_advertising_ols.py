# ISLR chapter 3 lab in python: multiple linear regression on the Advertising data
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
import statsmodels.formula.api as smf
import statsmodels.api as sm
from statsmodels.stats.outliers_influence import variance_inflation_factor

adv = pd.read_csv("Advertising.csv", index_col=0)
print(adv.head())
print(adv.describe())

sns.pairplot(adv, x_vars=["TV", "radio", "newspaper"], y_vars="sales", height=4, kind="reg")
plt.savefig("adv_pairplot.png")

# simple regressions first
for var in ["TV", "radio", "newspaper"]:
    m = smf.ols(f"sales ~ {var}", data=adv).fit()
    print(var, "coef=%.4f  p=%.3g  R2=%.3f" % (m.params[var], m.pvalues[var], m.rsquared))

# multiple regression
est = smf.ols("sales ~ TV + radio + newspaper", data=adv).fit()
print(est.summary())

# newspaper is not significant -> drop it, add interaction
est2 = smf.ols("sales ~ TV + radio + TV:radio", data=adv).fit()
print(est2.summary())

# VIF
X = sm.add_constant(adv[["TV", "radio", "newspaper"]])
vif = pd.Series([variance_inflation_factor(X.values, i) for i in range(X.shape[1])], index=X.columns)
print(vif)

# fit quality
adv["fitted"] = est2.fittedvalues
adv["resid"] = est2.resid
rmse = np.sqrt(np.mean(adv["resid"] ** 2))
print("R^2 = %.4f, adj R^2 = %.4f, RMSE = %.4f" % (est2.rsquared, est2.rsquared_adj, rmse))

fig, ax = plt.subplots(1, 2, figsize=(12, 4))
ax[0].scatter(adv["fitted"], adv["resid"], s=10)
ax[0].axhline(0, color="k", lw=0.8)
ax[0].set_xlabel("fitted"); ax[0].set_ylabel("residual")
sm.qqplot(adv["resid"], line="45", fit=True, ax=ax[1])
plt.tight_layout()
plt.savefig("adv_resid.png")

# prediction for a new budget
new = pd.DataFrame({"TV": [100.0], "radio": [20.0]})
pr = est2.get_prediction(new).summary_frame(alpha=0.05)
print(pr)
