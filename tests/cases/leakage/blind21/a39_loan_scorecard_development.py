"""12-month default scorecard: fine classing, WoE and IV on the development window only."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

raw = pd.read_csv("loans.csv", parse_dates=["application_date"])
raw["lti"] = raw["loan_amount"] / raw["income"].clip(lower=1)

cut = pd.Timestamp("2023-01-01")
dev = raw[raw["application_date"] < cut].copy()
val = raw[(raw["application_date"] >= cut) & ~raw["applicant_id"].isin(dev["applicant_id"])].copy()
print(f"development {len(dev)}, validation {len(val)} (first-time applicants only)")

NUMERIC = ["credit_score", "dti", "lti", "interest_rate", "employment_years",
           "n_open_accounts", "term_months", "income"]
NOMINAL = ["home_ownership", "purpose"]


class WoEBinner:
    def __init__(self, n_bins=6, eps=0.5):
        self.n_bins, self.eps = n_bins, eps
        self.edges, self.tables, self.iv = {}, {}, {}

    def _codes(self, frame, col):
        if col in self.edges:
            return pd.cut(frame[col], self.edges[col], include_lowest=True).astype(str)
        return frame[col].astype(str)

    def fit(self, frame, target):
        for col in NUMERIC:
            q = np.nanquantile(frame[col], np.linspace(0, 1, self.n_bins + 1))
            q = np.unique(q)
            q[0], q[-1] = -np.inf, np.inf
            self.edges[col] = q
        for col in NUMERIC + NOMINAL:
            ct = pd.crosstab(self._codes(frame, col), frame[target]) + self.eps
            g, b = ct[0] / ct[0].sum(), ct[1] / ct[1].sum()
            self.tables[col] = np.log(g / b)
            self.iv[col] = float(((g - b) * self.tables[col]).sum())
        return self

    def transform(self, frame, cols):
        return pd.DataFrame({c: self._codes(frame, c).map(self.tables[c]).fillna(0.0)
                             for c in cols}, index=frame.index)


binner = WoEBinner(n_bins=6).fit(dev, "defaulted_12m")
iv = pd.Series(binner.iv).sort_values(ascending=False)
print(iv.round(3))
chars = iv[(iv >= 0.02) & (iv < 0.8)].index.tolist()
print("characteristics in model:", chars)

W_dev = sm.add_constant(binner.transform(dev, chars))
W_val = sm.add_constant(binner.transform(val, chars), has_constant="add")
y_dev, y_val = dev["defaulted_12m"].to_numpy(), val["defaulted_12m"].to_numpy()

res = sm.Logit(y_dev, W_dev).fit(disp=0)
print(res.params.round(3))
if (res.params.drop("const") > 0).any():
    print("warning: positive WoE coefficient, check classing")

p = res.predict(W_val).to_numpy()
auc = roc_auc_score(y_val, p)
p_flat = np.full(len(y_val), y_dev.mean())
print(f"validation AUC {auc:.3f}, Gini {2 * auc - 1:.3f}")
print(f"Brier {brier_score_loss(y_val, p):.4f} vs flat-rate baseline {brier_score_loss(y_val, p_flat):.4f}")

# population stability of the score between windows
s_dev = res.predict(W_dev).to_numpy()
edges = np.quantile(s_dev, np.linspace(0, 1, 11))
edges[0], edges[-1] = 0, 1
a = np.histogram(s_dev, edges)[0] / len(s_dev)
b = np.histogram(p, edges)[0] / len(p)
psi = np.sum((b - a) * np.log((b + 1e-6) / (a + 1e-6)))
print(f"PSI dev -> val {psi:.3f}")
