# LendingClub 2007-2015 accepted loans -> probability of default
# characteristic screening by information value, then WoE logistic model
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, classification_report
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")

loans = pd.read_csv("loan_2007_2015.csv", low_memory=False)
print(loans.shape)

# keep finished loans only
loans = loans[loans["loan_status"].isin(["Fully Paid", "Charged Off", "Default"])].copy()
loans["default"] = (loans["loan_status"] != "Fully Paid").astype(int)
print(loans["default"].value_counts(normalize=True))

# columns filled in after origination / servicing info
post_orig = [
    "total_pymnt", "total_pymnt_inv", "total_rec_prncp", "total_rec_int",
    "total_rec_late_fee", "recoveries", "collection_recovery_fee",
    "last_pymnt_d", "last_pymnt_amnt", "last_credit_pull_d", "out_prncp",
    "out_prncp_inv", "next_pymnt_d", "issue_d", "pymnt_plan",
]
ids_text = ["id", "member_id", "url", "desc", "title", "emp_title", "zip_code",
            "policy_code", "loan_status"]
loans = loans.drop(columns=[c for c in post_orig + ids_text if c in loans.columns])

# mostly-empty columns
na_share = loans.isna().mean()
loans = loans.drop(columns=na_share[na_share > 0.6].index)

loans["term"] = loans["term"].str.extract(r"(\d+)").astype(float)
loans["emp_length"] = (loans["emp_length"].str.replace("< 1", "0", regex=False)
                       .str.extract(r"(\d+)").astype(float))
loans["int_rate"] = pd.to_numeric(loans["int_rate"].astype(str).str.rstrip("%"), errors="coerce")
loans["revol_util"] = pd.to_numeric(loans["revol_util"].astype(str).str.rstrip("%"), errors="coerce")
loans["earliest_cr_line"] = pd.to_datetime(loans["earliest_cr_line"], format="%b-%Y", errors="coerce")
loans["credit_hist_years"] = 2016 - loans["earliest_cr_line"].dt.year
loans = loans.drop(columns=["earliest_cr_line"])

num_cols = loans.select_dtypes("number").columns.drop("default").tolist()
cat_cols = loans.select_dtypes("object").columns.tolist()
print(len(num_cols), "numeric,", len(cat_cols), "categorical")


def bin_column(s, q=10):
    if s.dtype == object:
        return s.fillna("MISSING")
    b = pd.qcut(s, q=q, duplicates="drop").astype(str)
    return b.where(s.notna(), "MISSING")


def information_value(x, y):
    t = pd.crosstab(x, y)
    good = (t[0] + 0.5) / t[0].sum()
    bad = (t[1] + 0.5) / t[1].sum()
    return float(((good - bad) * np.log(good / bad)).sum())


iv = {}
for c in num_cols + cat_cols:
    iv[c] = information_value(bin_column(loans[c]), loans["default"])
iv = pd.Series(iv).sort_values(ascending=False)
print(iv.head(30).round(4))

# rule of thumb: < 0.02 useless, > 0.5 suspicious
selected = iv[(iv > 0.02) & (iv < 0.5)].index.tolist()
print("selected:", selected)

train, test = train_test_split(loans, test_size=0.25, stratify=loans["default"], random_state=2016)


class BinnedWoe:
    def fit(self, frame, target):
        self.edges, self.maps = {}, {}
        for c in frame.columns:
            if frame[c].dtype == object:
                binned = frame[c].fillna("MISSING")
            else:
                _, edges = pd.qcut(frame[c], q=10, duplicates="drop", retbins=True)
                edges[0], edges[-1] = -np.inf, np.inf
                self.edges[c] = edges
                binned = self._cut(frame[c], edges)
            t = pd.crosstab(binned, target)
            self.maps[c] = np.log(((t[0] + 0.5) / t[0].sum()) / ((t[1] + 0.5) / t[1].sum())).to_dict()
        return self

    @staticmethod
    def _cut(s, edges):
        return pd.cut(s, edges).astype(str).where(s.notna(), "MISSING")

    def transform(self, frame):
        out = {}
        for c in frame.columns:
            b = self._cut(frame[c], self.edges[c]) if c in self.edges else frame[c].fillna("MISSING")
            out[c] = b.map(self.maps[c]).astype(float).fillna(0.0)
        return pd.DataFrame(out, index=frame.index)


woe = BinnedWoe().fit(train[selected], train["default"])
X_train = woe.transform(train[selected])
X_test = woe.transform(test[selected])

clf = LogisticRegression(max_iter=2000, C=0.1)
clf.fit(X_train, train["default"])
p = clf.predict_proba(X_test)[:, 1]
auc = roc_auc_score(test["default"], p)
print(f"AUC {auc:.4f}  Gini {2 * auc - 1:.4f}")
print(classification_report(test["default"], (p > 0.2).astype(int)))

coef = pd.Series(clf.coef_[0], index=selected).sort_values()
print(coef)
