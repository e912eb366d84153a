"""Card fraud: hypothesis-test screening + logit.

Variables enter the model only if they differ significantly between fraud and
non-fraud transactions (Welch t-test on continuous variables, chi-square test on
categorical/binary ones, Bonferroni-adjusted alpha).
"""
import json

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy.stats import ttest_ind, chi2_contingency
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

task = json.load(open("task.json"))
Y, ID = task["target"], task["id_column"]
DROP = [ID, Y] + task.get("leaky_columns", [])

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["log_amount"] = np.log1p(df["amount"])
test["log_amount"] = np.log1p(test["amount"])

continuous = ["log_amount", "distance_from_home_km", "txn_count_24h", "card_age_days", "hour"]
categorical = ["merchant_category", "card_present", "country_mismatch"]
assert not set(continuous + categorical) & set(DROP)

alpha = 0.05 / (len(continuous) + len(categorical))
results = []
for v in continuous:
    t, p = ttest_ind(df.loc[df[Y] == 1, v], df.loc[df[Y] == 0, v], equal_var=False)
    results.append((v, "welch t", t, p))
for v in categorical:
    chi2, p, dof, _ = chi2_contingency(pd.crosstab(df[v], df[Y]))
    results.append((v, f"chi2({dof})", chi2, p))
screen = pd.DataFrame(results, columns=["var", "test", "stat", "p"]).sort_values("p")
screen["keep"] = screen["p"] < alpha
print(screen.to_string(index=False))

kept = screen.loc[screen["keep"], "var"].tolist()
terms = [f"C({v})" if v == "merchant_category" else v for v in kept]
formula = f"{Y} ~ " + " + ".join(terms)
print("model:", formula)

np.random.seed(3)
m = np.random.rand(len(df)) < 0.8
fit_df, hold_df = df[m], df[~m]
res = smf.logit(formula, data=fit_df).fit(disp=False)
print(res.summary())

p_hold = res.predict(hold_df)
y_hold = hold_df[Y]
print(f"holdout AP {average_precision_score(y_hold, p_hold):.3f}, AUC {roc_auc_score(y_hold, p_hold):.3f}")
prior = fit_df[Y].mean()
print(f"Brier {brier_score_loss(y_hold, p_hold):.4f} vs baseline prior-only {brier_score_loss(y_hold, np.full(len(y_hold), prior)):.4f}")

# Hosmer-Lemeshow, 10 groups
g = pd.qcut(p_hold.rank(method="first"), 10, labels=False)
hl = pd.DataFrame({"y": y_hold, "p": p_hold, "g": g}).groupby("g").agg(n=("y", "size"), o=("y", "sum"), e=("p", "sum"))
stat = (((hl.o - hl.e) ** 2) / (hl.e * (1 - hl.e / hl.n))).sum()
print(hl.round(2))
print("HL statistic:", round(stat, 2))

final = smf.logit(formula, data=df).fit(disp=False)
pd.DataFrame({ID: test[ID], "prediction": final.predict(test)}).to_csv("predictions.csv", index=False)
