"""Card fraud: information-value screen of candidate variables, then WoE logit."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("transactions.csv")
y_col = "is_fraud"
candidates = ["amount", "hour", "card_age_days", "n_tx_24h", "distance_from_home_km",
              "device_score", "merchant_category", "is_foreign"]
numeric = [c for c in candidates if df[c].dtype.kind in "if" and df[c].nunique() > 10]


def bucket(x, edges):
    return pd.cut(x, edges, include_lowest=True).astype(str)


def quantile_edges(x, q=10):
    e = np.unique(np.nanquantile(x, np.linspace(0, 1, q + 1)))
    e[0], e[-1] = -np.inf, np.inf
    return e


def woe_table(codes, y, eps=0.5):
    ct = pd.crosstab(codes, y)
    good = (ct.get(0, 0) + eps) / (ct.get(0, 0) + eps).sum()
    bad = (ct.get(1, 0) + eps) / (ct.get(1, 0) + eps).sum()
    return np.log(good / bad), good - bad


class IVScreen:
    def __init__(self, threshold=0.1):
        self.threshold = threshold
        self.iv_ = {}

    def fit(self, frame, target):
        for c in candidates:
            codes = bucket(frame[c], quantile_edges(frame[c])) if c in numeric else frame[c].astype(str)
            woe, diff = woe_table(codes, frame[target])
            self.iv_[c] = float((diff * woe).sum())
        return self

    def selected(self):
        return [c for c, v in sorted(self.iv_.items(), key=lambda kv: -kv[1]) if v >= self.threshold]


screen = IVScreen(threshold=0.1).fit(df, y_col)
print(pd.Series(screen.iv_).sort_values(ascending=False).round(3))
chosen = screen.selected()
print("selected:", chosen)

rng = np.random.default_rng(99)
is_dev = rng.random(len(df)) < 0.7
dev, hold = df[is_dev], df[~is_dev]

edges = {c: quantile_edges(dev[c]) for c in chosen if c in numeric}
woe = {}
for c in chosen:
    codes = bucket(dev[c], edges[c]) if c in edges else dev[c].astype(str)
    woe[c], _ = woe_table(codes, dev[y_col])


def encode(frame):
    out = {}
    for c in chosen:
        codes = bucket(frame[c], edges[c]) if c in edges else frame[c].astype(str)
        out[c] = codes.map(woe[c]).fillna(0.0).to_numpy()
    return sm.add_constant(pd.DataFrame(out), has_constant="add")


fit = sm.Logit(dev[y_col].to_numpy(), encode(dev)).fit(disp=0)
p = fit.predict(encode(hold)).to_numpy()
y_hold = hold[y_col].to_numpy()
p_base = np.full(len(y_hold), dev[y_col].mean())

print(f"hold-out AUC {roc_auc_score(y_hold, p):.3f}")
print(f"hold-out Brier {brier_score_loss(y_hold, p):.5f} | baseline {brier_score_loss(y_hold, p_base):.5f}")
