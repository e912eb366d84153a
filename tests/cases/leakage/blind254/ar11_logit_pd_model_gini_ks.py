"""PD model for unsecured personal loans.

Logistic regression on a handful of bureau + application variables,
reported the way model validation asks for it: Gini, KS, bad rate by score band.
"""
import numpy as np
import pandas as pd
from scipy.stats import ks_2samp
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score

TARGET = "defaulted"

raw = pd.read_csv("train.csv", parse_dates=["application_date"])
print(f"{len(raw):,} applications, {raw['applicant_id'].nunique():,} applicants")
print(f"bad rate {raw[TARGET].mean():.2%}")

# vintage table - bad rate per half-year cohort
raw["cohort"] = raw["application_date"].dt.year.astype(str) + "H" + ((raw["application_date"].dt.month > 6) + 1).astype(str)
print(raw.groupby("cohort")[TARGET].agg(["mean", "size"]).round(3))

df = raw.copy()
df["log_income"] = np.log1p(df["annual_income"])
df["log_loan"] = np.log1p(df["loan_amount"])
df["util_high"] = (df["revol_util"] > 80).astype(int)
df["any_delinq"] = (df["delinq_2y"] > 0).astype(int)
df["term_60"] = (df["term_months"] == 60).astype(int)
df["renter"] = (df["home_ownership"] == "RENT").astype(int)

FEATURES = ["fico_score", "dti", "revol_util", "util_high", "inquiries_6m", "any_delinq",
            "log_income", "log_loan", "interest_rate", "term_60", "renter", "emp_length_years"]

df[FEATURES] = df[FEATURES].fillna(0)

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
model.fit(df[FEATURES], df[TARGET])
df["pd"] = model.predict_proba(df[FEATURES])[:, 1]

# benchmark: FICO only, the current cut-off policy
bench = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
bench.fit(df[["fico_score"]], df[TARGET])
df["pd_bench"] = bench.predict_proba(df[["fico_score"]])[:, 1]


def gini(y, p):
    return 2 * roc_auc_score(y, p) - 1


def ks(y, p):
    return ks_2samp(p[y == 1], p[y == 0]).statistic


y = df[TARGET].values
print(f"\nmodel     Gini {gini(y, df['pd']):.3f}  KS {ks(y, df['pd'].values):.3f}")
print(f"FICO only Gini {gini(y, df['pd_bench']):.3f}  KS {ks(y, df['pd_bench'].values):.3f}")

coef = pd.Series(model[-1].coef_[0], index=FEATURES).sort_values()
print("\nstandardised coefficients\n", coef.round(3))

# score bands
df["score"] = (600 + 20 / np.log(2) * np.log((1 - df["pd"]) / df["pd"])).round()
df["band"] = pd.cut(df["score"], [0, 520, 560, 600, 640, 680, 720, 1000])
print(df.groupby("band", observed=True)[TARGET].agg(bad_rate="mean", n="size").round(3))
