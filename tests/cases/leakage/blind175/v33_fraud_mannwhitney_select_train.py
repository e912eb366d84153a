"""
Fraud take-home.

Plan
  1. stratified 70/30 split *first*
  2. on the 70% only: Mann-Whitney U test (numeric) / chi-square test
     (binary and categorical) of each candidate against is_fraud; keep p < 0.001
  3. logistic regression (statsmodels) on the kept drivers
  4. compare with a "predict the base rate" baseline on the 30%
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

NUMERIC = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
BINARY = ["card_present", "country_mismatch"]
CATEG = ["merchant_category"]

dev, hold = train_test_split(df, test_size=0.3, stratify=df["is_fraud"], random_state=21)
print(f"dev {len(dev)} rows ({dev.is_fraud.sum()} frauds), holdout {len(hold)} rows ({hold.is_fraud.sum()} frauds)")

# ---- 2. univariate tests on the development sample only ----------------------
tests = []
fraud, legit = dev[dev.is_fraud == 1], dev[dev.is_fraud == 0]
for c in NUMERIC:
    u, p = stats.mannwhitneyu(fraud[c], legit[c], alternative="two-sided")
    tests.append({"feature": c, "test": "Mann-Whitney U", "p_value": p,
                  "median_fraud": fraud[c].median(), "median_legit": legit[c].median()})
for c in BINARY + CATEG:
    chi2, p, dof, _ = stats.chi2_contingency(pd.crosstab(dev[c], dev.is_fraud))
    tests.append({"feature": c, "test": f"chi-square (dof {dof})", "p_value": p})
tests = pd.DataFrame(tests).sort_values("p_value")
print(tests.to_string(index=False))
kept = tests.loc[tests.p_value < 0.001, "feature"].tolist()
print("kept:", kept)


def design(d, columns=None):
    parts = []
    for c in kept:
        if c in CATEG:
            parts.append(pd.get_dummies(d[c], prefix=c, drop_first=True, dtype=float))
        elif c in ("amount", "distance_from_home_km", "card_age_days"):
            parts.append(np.log1p(d[c]).rename(f"log_{c}"))
        else:
            parts.append(d[c].astype(float))
    X = sm.add_constant(pd.concat(parts, axis=1), has_constant="add")
    return X if columns is None else X.reindex(columns=columns, fill_value=0.0)


X_dev = design(dev)
X_hold = design(hold, X_dev.columns)
res = sm.Logit(dev.is_fraud, X_dev).fit(disp=0)
print(res.summary2().tables[1].round(4))

p = res.predict(X_hold)
y_h = hold.is_fraud
base = np.full(len(y_h), dev.is_fraud.mean())
print("\n              ROC AUC   PR AUC")
print(f"base rate     {roc_auc_score(y_h, base):.4f}    {average_precision_score(y_h, base):.4f}")
print(f"logit         {roc_auc_score(y_h, p):.4f}    {average_precision_score(y_h, p):.4f}")

# ---- predictions: same drivers, refitted on all rows --------------------------
X_all = design(df)
res_all = sm.Logit(df.is_fraud, X_all).fit(disp=0)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": res_all.predict(design(test, X_all.columns))}).to_csv("predictions.csv", index=False)
