"""
Term-deposit campaign response - explanatory logistic model
bank-additional-full.csv (sep=';'), target y in {yes, no}
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, accuracy_score


def load_bank(path="bank-additional-full.csv"):
    bank = pd.read_csv(path, sep=";")
    bank["y"] = (bank["y"] == "yes").astype(int)
    # call duration is only known after the call -> not usable
    bank = bank.drop(columns=["duration"])
    bank["contacted_before"] = (bank["pdays"] != 999).astype(int)
    bank["log_campaign"] = np.log(bank["campaign"])
    return bank


def fit_logit(bank):
    formula = (
        "y ~ age + C(job) + C(marital) + C(education) + C(contact) + C(month)"
        " + C(day_of_week) + log_campaign + contacted_before + previous + C(poutcome)"
        " + emp_var_rate + cons_price_idx + cons_conf_idx + euribor3m"
    )
    bank = bank.rename(columns=lambda c: c.replace(".", "_"))
    model = smf.logit(formula, data=bank).fit(disp=False, maxiter=200)
    return model, bank


def report(model, bank):
    print(model.summary2())
    odds = np.exp(model.params).sort_values(ascending=False)
    print("\nTop odds ratios:\n", odds.head(10))
    p = model.predict(bank)
    print("\nAUC:", round(roc_auc_score(bank["y"], p), 4))
    print("Accuracy @0.5:", round(accuracy_score(bank["y"], (p > 0.5).astype(int)), 4))
    print("Pseudo R2:", round(model.prsquared, 4))
    # decile lift table for the campaign team
    bank = bank.assign(score=p)
    bank["decile"] = pd.qcut(bank["score"].rank(method="first"), 10, labels=False)
    lift = bank.groupby("decile")["y"].mean().sort_index(ascending=False)
    print(lift)


if __name__ == "__main__":
    data = load_bank()
    m, d = fit_logit(data)
    report(m, d)
