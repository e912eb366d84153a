"""Card fraud: which transaction characteristics raise the odds of fraud?

Logit with heteroskedasticity-robust errors, average marginal effects and a
Hosmer-Lemeshow goodness-of-fit check.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy import stats
from sklearn.metrics import roc_auc_score, brier_score_loss

tx = pd.read_csv("transactions.csv")
tx["ln_amount"] = np.log1p(tx["amount"])
tx["night"] = tx["hour"].between(0, 5).astype(int)
tx["new_card"] = (tx["card_age_days"] < 60).astype(int)
tx["far"] = (tx["distance_from_home_km"] > 100).astype(int)
tx["burst"] = np.minimum(tx["n_tx_24h"], 10)

formula = ("is_fraud ~ ln_amount + night + new_card + far + burst"
           " + is_foreign + device_score + C(merchant_category)")
res = smf.logit(formula, data=tx).fit(cov_type="HC1", disp=0)

table = pd.DataFrame({
    "coef": res.params,
    "robust_se": res.bse,
    "odds_ratio": np.exp(res.params),
    "p": res.pvalues,
}).round(4)
print(table)
ci = np.exp(res.conf_int())
ci.columns = ["or_lo", "or_hi"]
print(ci.round(3))

ame = res.get_margeff(at="overall")
print(ame.summary_frame().round(4))

p_hat = res.predict(tx).to_numpy()
y = tx["is_fraud"].to_numpy()
print(f"AUC   {roc_auc_score(y, p_hat):.3f}")
print(f"Brier {brier_score_loss(y, p_hat):.5f}")

# Hosmer-Lemeshow with 10 groups of predicted risk
order = np.argsort(p_hat)
groups = np.array_split(order, 10)
hl = 0.0
for g in groups:
    obs = y[g].sum()
    exp = p_hat[g].sum()
    n = len(g)
    hl += (obs - exp) ** 2 / (exp * (1 - exp / n))
print(f"Hosmer-Lemeshow chi2 = {hl:.2f}, p = {stats.chi2.sf(hl, 8):.3f}")
