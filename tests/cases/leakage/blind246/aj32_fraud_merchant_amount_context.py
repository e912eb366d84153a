"""
Fraud take-home -- relative-amount features + capacity-constrained targeting.

Main idea: EUR 900 is unremarkable at an electronics merchant and very odd at
a coffee shop. So amounts are expressed relative to the merchant category
(z-score and ratio to the category median) before modelling.

Evaluation: stratified 75/25 split. Reported on the 25%:
  PR-AUC, and the fraud value caught when analysts review the top 1% / 2% / 3%
  of transactions, against an amount-only logistic baseline (what a simple
  "big transactions first" queue would give).
Bootstrap (1000 resamples of the evaluation rows) for the intervals.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split

SEED = 5
rng = np.random.default_rng(SEED)

df = pd.read_csv("train.csv").drop(columns=["chargeback_flag"])
print(df.shape, round(df.is_fraud.mean(), 4))
print(df.groupby("merchant_category").amount.median().sort_values().tail())

df["log_amount"] = np.log1p(df["amount"])
for c in ["merchant_category", "country", "device_type"]:
    df[c] = df[c].astype("category")

FEATS = ["log_amount", "amount_z_mcc", "amount_ratio_mcc", "hour",
         "merchant_category", "country", "device_type"]

tr, ev = train_test_split(df, test_size=0.25, stratify=df["is_fraud"], random_state=SEED)

# --- merchant-relative amount; category statistics from the training rows only
cat_stats = tr.groupby("merchant_category", observed=True)["amount"].agg(["mean", "std", "median"])
glob = tr["amount"].agg(["mean", "std", "median"])


def add_relative_amount(part):
    mc = part["merchant_category"].astype(str)
    st = cat_stats.set_axis(cat_stats.index.astype(str))
    mean = mc.map(st["mean"]).fillna(glob["mean"])
    std = mc.map(st["std"]).fillna(glob["std"]).replace(0, 1)
    med = mc.map(st["median"]).fillna(glob["median"])
    return part.assign(amount_z_mcc=(part["amount"] - mean) / std, amount_ratio_mcc=part["amount"] / med)


tr, ev = add_relative_amount(tr), add_relative_amount(ev)

model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                       categorical_features="from_dtype", random_state=SEED)
model.fit(tr[FEATS], tr["is_fraud"])
baseline = LogisticRegression().fit(tr[["log_amount"]], tr["is_fraud"])

y = ev["is_fraud"].to_numpy()
amt = ev["amount"].to_numpy()
scores = {
    "amount-only baseline": baseline.predict_proba(ev[["log_amount"]])[:, 1],
    "gbm": model.predict_proba(ev[FEATS])[:, 1],
}


def caught_value(y, amt, s, share):
    k = int(share * len(y))
    top = np.argsort(-s)[:k]
    return (y[top] * amt[top]).sum() / (y * amt).sum()


for name, s in scores.items():
    ap_boot, cv2_boot = [], []
    for _ in range(1000):
        ix = rng.integers(0, len(y), len(y))
        ap_boot.append(average_precision_score(y[ix], s[ix]))
        cv2_boot.append(caught_value(y[ix], amt[ix], s[ix], 0.02))
    print(f"{name:22s} PR-AUC {average_precision_score(y, s):.4f} "
          f"[{np.percentile(ap_boot, 2.5):.4f}, {np.percentile(ap_boot, 97.5):.4f}]")
    for share in (0.01, 0.02, 0.03):
        print(f"    review top {share:.0%}: {caught_value(y, amt, s, share):.1%} of fraud value caught")
    print(f"    2% interval: [{np.percentile(cv2_boot, 2.5):.1%}, {np.percentile(cv2_boot, 97.5):.1%}]")
