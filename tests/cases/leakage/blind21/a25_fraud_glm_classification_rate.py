"""Card fraud: binomial GLM with a formula, hit rate on a hold-out sample."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

tx = pd.read_csv("transactions.csv")
tx = tx.dropna(subset=["amount", "device_score", "card_age_days"])

tx["ln_amt"] = np.log1p(tx["amount"])
tx["night"] = (tx["hour"] < 6).astype(int)
tx["card_age_yrs"] = tx["card_age_days"] / 365.25
tx["velocity"] = np.minimum(tx["n_tx_24h"], 12)

train, test = train_test_split(tx, test_size=0.3, random_state=19, stratify=tx["is_fraud"])

spec = ("is_fraud ~ ln_amt + I(ln_amt ** 2) + night + card_age_yrs + velocity"
        " + np.log1p(distance_from_home_km) + is_foreign + device_score"
        " + C(merchant_category, Treatment(reference='grocery'))")
glm = smf.glm(spec, data=train, family=sm.families.Binomial(link=sm.families.links.Logit()))
res = glm.fit()
print(res.params.round(3))

p_test = res.predict(test).to_numpy()
y_test = test["is_fraud"].to_numpy()
y_hat = (p_test > 0.5).astype(int)
acc = accuracy_score(y_test, y_hat)
print(f"hold-out classification rate: {acc:.4f}")

rng = np.random.default_rng(5)
boot = np.array([
    accuracy_score(y_test[i], y_hat[i])
    for i in (rng.integers(0, len(y_test), len(y_test)) for _ in range(1000))
])
print(f"95% bootstrap interval: [{np.quantile(boot, 0.025):.4f}, {np.quantile(boot, 0.975):.4f}]")
