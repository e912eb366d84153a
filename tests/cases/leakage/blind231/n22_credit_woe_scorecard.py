"""Classic credit scorecard: quantile bins -> weight of evidence -> logistic regression."""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

TARGET = "default_flag"
NUM_VARS = ["age", "annual_income", "employment_years", "loan_amount", "interest_rate",
            "credit_score", "num_open_accounts", "debt_to_income", "revolving_util"]
CAT_VARS = ["home_ownership", "purpose", "education"]


class WoEBinner:
    """Quantile bins for numerics, raw levels for categoricals; WOE + IV per variable."""

    def __init__(self, n_bins=8, eps=0.5):
        self.n_bins = n_bins
        self.eps = eps
        self.edges_, self.woe_, self.iv_ = {}, {}, {}

    def _bucket(self, s, var):
        if var in self.edges_:
            return pd.cut(s, self.edges_[var], include_lowest=True).astype(str)
        return s.fillna("NA").astype(str)

    def fit(self, df, y):
        y = pd.Series(np.asarray(y), index=df.index)
        n_bad, n_good = y.sum(), (1 - y).sum()
        for var in df.columns:
            s = df[var]
            if pd.api.types.is_numeric_dtype(s):
                edges = np.unique(np.nanquantile(s, np.linspace(0, 1, self.n_bins + 1)))
                edges[0], edges[-1] = -np.inf, np.inf
                self.edges_[var] = edges
            b = self._bucket(s, var)
            tab = pd.crosstab(b, y).reindex(columns=[0, 1], fill_value=0)
            dist_bad = (tab[1] + self.eps) / (n_bad + self.eps)
            dist_good = (tab[0] + self.eps) / (n_good + self.eps)
            woe = np.log(dist_bad / dist_good)
            self.woe_[var] = woe
            self.iv_[var] = float(((dist_bad - dist_good) * woe).sum())
        return self

    def transform(self, df):
        out = pd.DataFrame(index=df.index)
        for var in df.columns:
            out[var + "_woe"] = self._bucket(df[var], var).map(self.woe_[var]).fillna(0.0)
        return out


df = pd.read_csv("train.csv")
raw = df[NUM_VARS + CAT_VARS]
y = df[TARGET]

binner = WoEBinner(n_bins=8).fit(raw, y)
iv = pd.Series(binner.iv_).sort_values(ascending=False)
print("information value:\n", iv.round(3))

keep = iv[iv > 0.02].index.tolist()
print("keeping", keep)
W = binner.transform(raw[keep])

W_tr, W_te, y_tr, y_te = train_test_split(W, y, test_size=0.3, random_state=8, stratify=y)
lr = LogisticRegression(C=1.0, max_iter=1000).fit(W_tr, y_tr)
p = lr.predict_proba(W_te)[:, 1]
auc = roc_auc_score(y_te, p)
print(f"test AUC {auc:.4f}  Gini {2 * auc - 1:.4f}")

# scorecard points: 600 at odds 50:1, 20 points to double the odds
factor = 20 / np.log(2)
offset = 600 - factor * np.log(50)
points = pd.Series(-lr.coef_[0] * factor, index=W.columns)
print("points per WOE unit:\n", points.round(1))
score_te = offset - factor * (lr.intercept_[0] + W_te.values @ lr.coef_[0])
print(pd.Series(score_te).describe().round(1))

test = pd.read_csv("test.csv")
pd.DataFrame({"applicant_id": test["applicant_id"],
              "prediction": lr.predict_proba(binner.transform(test[keep]))[:, 1]}).to_csv("predictions.csv",
                                                                                        index=False)
