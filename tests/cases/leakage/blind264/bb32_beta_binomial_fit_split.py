"""
Card fraud -- empirical-Bayes fraud rates per merchant category and country.

Each category's raw fraud rate is shrunk towards the global rate with a
beta-binomial prior whose (alpha, beta) are estimated by the method of
moments, exactly as in small-area estimation. The shrunken rates replace the
high-cardinality categoricals as covariates of a gradient boosting model.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "is_fraud"
tx = pd.read_csv("train.csv")
print(tx.shape, tx[TARGET].mean())
print(tx[["merchant_category", "country"]].nunique())


def eb_rates(frame, col, target=TARGET):
    """Beta-binomial empirical Bayes estimate of P(fraud | level)."""
    g = frame.groupby(col)[target].agg(k="sum", n="count")
    p = g.k / g.n
    m, v = np.average(p, weights=g.n), np.average((p - np.average(p, weights=g.n)) ** 2, weights=g.n)
    common = m * (1 - m) / max(v, 1e-9) - 1
    a, b = m * common, (1 - m) * common
    return (g.k + a) / (g.n + a + b), a / (a + b)


# split first: the EB rates are estimated on the fitting part and only looked up for the validation part
fit_df, val_df = train_test_split(tx, test_size=0.25, stratify=tx[TARGET], random_state=5)
fit_df, val_df = fit_df.copy(), val_df.copy()
for col in ["merchant_category", "country"]:
    rates, prior_mean = eb_rates(fit_df, col)
    fit_df[col + "_eb"] = fit_df[col].map(rates).fillna(prior_mean)
    val_df[col + "_eb"] = val_df[col].map(rates).fillna(prior_mean)

feats = ["amount", "hour", "card_age_days", "txn_count_24h", "is_foreign",
         "merchant_category_eb", "country_eb"]
X_tr, y_tr = fit_df[feats].fillna(-1), fit_df[TARGET]
X_va, y_va = val_df[feats].fillna(-1), val_df[TARGET]

gbm = GradientBoostingClassifier(n_estimators=400, learning_rate=0.05, max_depth=3,
                                 subsample=0.7, random_state=5).fit(X_tr, y_tr)
p = gbm.predict_proba(X_va)[:, 1]
prior = np.full(len(y_va), y_tr.mean())     # baseline: everyone gets the base rate

print("%-22s AUC %.3f  AP %.3f  Brier %.5f" % ("baseline (base rate)", 0.5,
      average_precision_score(y_va, prior), brier_score_loss(y_va, prior)))
print("%-22s AUC %.3f  AP %.3f  Brier %.5f" % ("GBM + EB rates", roc_auc_score(y_va, p),
      average_precision_score(y_va, p), brier_score_loss(y_va, p)))

# stratified bootstrap CI for AP
rng = np.random.default_rng(5)
yv = y_va.to_numpy()
ip, ineg = np.flatnonzero(yv == 1), np.flatnonzero(yv == 0)
boot = [average_precision_score(yv[i], p[i]) for i in
        (np.r_[rng.choice(ip, ip.size), rng.choice(ineg, ineg.size)] for _ in range(1000))]
print("AP 95%% CI: %.3f-%.3f" % tuple(np.percentile(boot, [2.5, 97.5])))
