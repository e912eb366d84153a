"""German credit scorecard, v2.

Coarse classing is fixed by hand; WoE/IV tables are learned on the development
sample and applied to the hold-out sample as a lookup.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

DATA = "data/german_credit_data.csv"
CUTS = {
    "duration": [0, 6, 12, 18, 24, 36, 72],
    "amount": [0, 1000, 2000, 4000, 7000, 20000],
    "age": [18, 25, 30, 35, 45, 60, 80],
}
MERGE_PURPOSE = {"retraining": "other", "domestic appliances": "other",
                 "repairs": "other", "vacation": "other"}


def coarse_class(frame):
    out = frame.copy()
    for col, edges in CUTS.items():
        out[col] = pd.cut(out[col], bins=edges, include_lowest=True).astype(str)
    out["purpose"] = out["purpose"].replace(MERGE_PURPOSE)
    out["number_credits"] = out["number_credits"].clip(upper=3)
    for col in ["installment_rate", "present_residence", "number_credits", "people_liable"]:
        out[col] = out[col].astype(str)
    return out


class WoeLookup:
    """Weight of evidence per attribute, with 0.5 smoothing."""

    def __init__(self, smoothing=0.5):
        self.smoothing = smoothing
        self.tables_ = {}
        self.iv_ = {}

    def fit(self, X, y):
        for col in X.columns:
            g = pd.crosstab(X[col], y)
            good = (g[0] + self.smoothing) / (g[0].sum())
            bad = (g[1] + self.smoothing) / (g[1].sum())
            woe = np.log(good / bad)
            self.tables_[col] = woe.to_dict()
            self.iv_[col] = float(((good - bad) * woe).sum())
        return self

    def transform(self, X):
        # attributes not seen in development get a neutral WoE of 0
        return pd.DataFrame(
            {c: X[c].map(self.tables_[c]).fillna(0.0) for c in self.tables_},
            index=X.index,
        )


def gini(y_true, score):
    return 2 * roc_auc_score(y_true, score) - 1


def main():
    raw = pd.read_csv(DATA)
    raw["bad"] = 1 - raw.pop("credit_risk")
    print(raw.shape, "bad rate", round(raw["bad"].mean(), 3))

    classed = coarse_class(raw)
    features = [c for c in classed.columns if c != "bad"]

    dev, hold = train_test_split(classed, test_size=0.3, stratify=classed["bad"],
                                 random_state=7)
    woe = WoeLookup().fit(dev[features], dev["bad"])
    iv = pd.Series(woe.iv_).sort_values(ascending=False)
    print(iv.round(3).to_string())

    # weak characteristics dropped on the development sample
    keep = iv[iv >= 0.02].index.tolist()
    print(f"keeping {len(keep)} of {len(features)} characteristics")

    X_dev = woe.transform(dev[features])[keep]
    X_hold = woe.transform(hold[features])[keep]

    model = LogisticRegression(max_iter=1000, C=0.5)
    model.fit(X_dev, dev["bad"])

    print(f"Gini dev  {gini(dev['bad'], model.predict_proba(X_dev)[:, 1]):.3f}")
    print(f"Gini hold {gini(hold['bad'], model.predict_proba(X_hold)[:, 1]):.3f}")

    coefs = pd.Series(model.coef_[0], index=keep).sort_values()
    print(coefs.round(3).to_string())
    if (coefs > 0).any():
        print("warning: positive WoE coefficient(s):", list(coefs[coefs > 0].index))


if __name__ == "__main__":
    main()
