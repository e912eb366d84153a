"""Churn: screen covariates with univariate tests, then a parsimonious logistic model.

Screening rule (same as in my lab's papers): Mann-Whitney U for numeric
covariates, chi-square of independence for categoricals, Bonferroni at
alpha = 0.05. Only covariates that survive go into the multivariable model.
"""
import numpy as np
import pandas as pd
from scipy.stats import mannwhitneyu, chi2_contingency
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])

numeric = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
           "late_payments_90d", "num_addons", "days_since_last_login", "discount_pct"]
categorical = ["plan", "contract_type", "payment_method", "region"]

# ------------------------------------------------------------------ holdout first
# the screening tests look at the outcome, so they only get to see the training window
cut = df["snapshot_month"].max() - pd.DateOffset(months=3)
tr = (df["snapshot_month"] <= cut).to_numpy()
ho = ((df["snapshot_month"] > cut) & ~df["customer_id"].isin(df.loc[tr, "customer_id"])).to_numpy()
print("train %d rows / holdout %d rows" % (tr.sum(), ho.sum()))
dtr = df[tr]

# ------------------------------------------------------------------ screening
alpha = 0.05 / (len(numeric) + len(categorical))
rows = []
for col in numeric:
    x = dtr[col].dropna()
    g1 = x[dtr.loc[x.index, TARGET] == 1]
    g0 = x[dtr.loc[x.index, TARGET] == 0]
    stat, p = mannwhitneyu(g1, g0, alternative="two-sided")
    rows.append((col, "MWU", stat, p))
for col in categorical:
    tab = pd.crosstab(dtr[col], dtr[TARGET])
    stat, p, dof, _ = chi2_contingency(tab)
    rows.append((col, "chi2", stat, p))
screen = pd.DataFrame(rows, columns=["covariate", "test", "stat", "p"]).sort_values("p")
screen["keep"] = screen["p"] < alpha
print(screen.to_string(index=False))

keep_num = [c for c in numeric if screen.set_index("covariate").loc[c, "keep"]]
keep_cat = [c for c in categorical if screen.set_index("covariate").loc[c, "keep"]]
print("retained:", keep_num + keep_cat)

# ------------------------------------------------------------------ design
X = pd.get_dummies(df[keep_num + keep_cat], columns=keep_cat, drop_first=True, dtype=float)
X = X.fillna(X.loc[tr, keep_num].median()) if keep_num else X   # medians from the training window
y = df[TARGET].to_numpy()

# ------------------------------------------------------------------ models
baseline = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
logit = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X[tr], y[tr])

for name, m in [("baseline (prior)", baseline), ("screened logistic", logit)]:
    p = m.predict_proba(X[ho])[:, 1]
    print("%-20s AUC %.3f | AP %.3f | logloss %.4f" % (
        name, roc_auc_score(y[ho], p), average_precision_score(y[ho], p), log_loss(y[ho], p)))
