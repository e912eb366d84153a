"""
Consumer loan default - application scorecard (take-home)

Approach: classic WoE / logistic scorecard like we ran at the bank.
Fixed business cut points for binning, WoE per bin, LR on the WoE values,
then an out-of-time check on the 2023 applications.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, roc_curve

df = pd.read_csv("train.csv", parse_dates=["application_date"])
print(df.shape)
print("default rate:", round(df["defaulted"].mean(), 4))
print(df["application_date"].min(), "->", df["application_date"].max())

# cut points from policy-style bands, not fitted on anything
BINS = {
    "fico_score": [300, 580, 620, 660, 700, 740, 850],
    "dti": [-1, 10, 20, 30, 40, 200],
    "revol_util": [-1, 20, 40, 60, 80, 1000],
    "annual_income": [0, 30000, 50000, 75000, 110000, 1e9],
    "inquiries_6m": [-1, 0, 1, 3, 100],
    "emp_length_years": [-1, 1, 3, 6, 10, 60],
    "loan_amount": [0, 5000, 10000, 20000, 35000, 1e7],
}
for col, edges in BINS.items():
    df[col + "_bin"] = pd.cut(df[col], bins=edges).astype(str)

CAT_BINS = ["home_ownership", "purpose", "term_months"]
bin_cols = [c + "_bin" for c in BINS] + CAT_BINS


def woe_table(data, col, target="defaulted", eps=0.5):
    g = data.groupby(col)[target].agg(["sum", "count"])
    g.columns = ["bad", "n"]
    g["good"] = g["n"] - g["bad"]
    bad_tot, good_tot = g["bad"].sum(), g["good"].sum()
    g["woe"] = np.log(((g["good"] + eps) / good_tot) / ((g["bad"] + eps) / bad_tot))
    g["iv"] = (g["good"] / good_tot - g["bad"] / bad_tot) * g["woe"]
    return g


woe_maps, iv = {}, {}
for col in bin_cols:
    t = woe_table(df, col)
    woe_maps[col] = t["woe"].to_dict()
    iv[col] = t["iv"].sum()
    df[col + "_woe"] = df[col].map(woe_maps[col])

print("\nInformation value")
print(pd.Series(iv).sort_values(ascending=False).round(3))

# keep only characteristics with IV > 0.02 (standard rule of thumb)
keep = [c for c in bin_cols if iv[c] > 0.02]
woe_cols = [c + "_woe" for c in keep]
print("kept:", keep)

# out-of-time sample = 2023 applications from applicants with no earlier application
cutoff = pd.Timestamp("2023-01-01")
dev = df[df["application_date"] < cutoff]
oot = df[df["application_date"] >= cutoff]
oot = oot[~oot["applicant_id"].isin(dev["applicant_id"])]
print(f"\ndev {len(dev)} rows, oot {len(oot)} rows")

lr = LogisticRegression(C=1.0, max_iter=1000)
lr.fit(dev[woe_cols], dev["defaulted"])
p_oot = lr.predict_proba(oot[woe_cols])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(dev[woe_cols], dev["defaulted"])
p_dummy = dummy.predict_proba(oot[woe_cols])[:, 1]


def ks(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return np.max(tpr - fpr)


auc = roc_auc_score(oot["defaulted"], p_oot)
print(f"OOT AUC {auc:.3f}  Gini {2 * auc - 1:.3f}  KS {ks(oot['defaulted'], p_oot):.3f}")
print(f"prior baseline AUC {roc_auc_score(oot['defaulted'], p_dummy):.3f}")

# scorecard points: PDO 20, 600 points at odds 50:1
factor = 20 / np.log(2)
offset = 600 - factor * np.log(50)
coefs = dict(zip(woe_cols, lr.coef_[0]))
n = len(woe_cols)
for c in woe_cols:
    pts = {k: round(-(v * coefs[c] + lr.intercept_[0] / n) * factor + offset / n)
           for k, v in woe_maps[c.replace("_woe", "")].items()}
    print(c, pts)
