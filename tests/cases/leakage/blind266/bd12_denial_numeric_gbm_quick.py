import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

# quick numeric-only model to see how far the raw fields get us before doing any code groupings

df = pd.read_csv("train.csv")
print(df.dtypes)
print(df.isna().mean().sort_values(ascending=False).head(10))

# a couple of cheap flags
df["oon"] = (df["network_status"] == "OON").astype(int)
df["billed_per_unit"] = df["billed_amount"] / df["units"].replace(0, 1)
df["icd_is_z"] = df["icd10_primary"].str.startswith("Z").astype(int)   # Z codes = encounters / screening
df["em_visit"] = df["cpt_code"].astype(str).str.match(r"^992").astype(int)

# paid/allowed amounts and the reason code are filled in at adjudication -> not available at submission
post_adjudication = ["paid_amount", "allowed_amount", "denial_reason_code", "adjudication_date"]
num = df.drop(columns=post_adjudication).select_dtypes(include="number")
X = num.drop(columns=["denied", "claim_line_id"])
y = df["denied"]
print("features:", list(X.columns))

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=11)
itr, ite = next(gss.split(X, y, groups=df["provider_id"]))

hgb = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, random_state=11)
hgb.fit(X.iloc[itr], y.iloc[itr])
p = hgb.predict_proba(X.iloc[ite])[:, 1]

base = DummyClassifier(strategy="prior").fit(X.iloc[itr], y.iloc[itr])
pb = base.predict_proba(X.iloc[ite])[:, 1]

print("baseline  roc", roc_auc_score(y.iloc[ite], pb), "ap", average_precision_score(y.iloc[ite], pb))
print("hgb       roc", roc_auc_score(y.iloc[ite], p), "ap", average_precision_score(y.iloc[ite], p))
print(classification_report(y.iloc[ite], (p > 0.3).astype(int), digits=3))
