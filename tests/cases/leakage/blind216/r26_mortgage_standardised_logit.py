# Mortgage prepayment -- standardised logistic regression + MLP challenger
# Loan-month panel, target = prepaid (full payoff in the month).
# Out-of-time test on loans originated after the cut-off.

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

CUT = "2021-07-01"

panel = pd.read_csv("train.csv", parse_dates=["reporting_month", "orig_date"])
panel = panel.sort_values(["loan_id", "reporting_month"]).reset_index(drop=True)

# ---- drivers
lg = panel.groupby("loan_id")
panel["incentive"] = panel.note_rate - panel.market_rate
panel["incentive_l1"] = lg.incentive.shift(1)
panel["incentive_l2"] = lg.incentive.shift(2)
panel["rate_drop_3m"] = lg.market_rate.shift(3) - lg.market_rate.shift(1)
panel["paydown"] = 1 - panel.current_upb / panel.orig_upb
panel["log_upb"] = np.log(panel.current_upb.clip(lower=1000))
panel["season_sin"] = np.sin(2 * np.pi * panel.reporting_month.dt.month / 12)
panel["season_cos"] = np.cos(2 * np.pi * panel.reporting_month.dt.month / 12)
panel = pd.get_dummies(panel, columns=["occupancy", "property_type"], dtype=float)

CONT = ["incentive", "incentive_l1", "incentive_l2", "rate_drop_3m", "loan_age", "paydown",
        "log_upb", "fico", "ltv_current", "dti", "months_delinquent", "n_borrowers"]
FLAGS = ["season_sin", "season_cos"] + [c for c in panel.columns if c.startswith(("occupancy_", "property_type_"))]

# ---- fill and standardise so the logit / MLP behave
stats = {}
for c in CONT:
    med = panel[c].median()
    panel[c] = panel[c].fillna(med)
    mu, sd = panel[c].mean(), panel[c].std()
    panel[c] = (panel[c] - mu) / sd
    stats[c] = (med, mu, sd)

print(pd.DataFrame(stats, index=["median", "mean", "std"]).T.round(3))

# ---- split: months before CUT / later months of loans not seen before CUT
train_mask = panel.reporting_month < pd.Timestamp(CUT)
known = panel.loc[train_mask, "loan_id"].unique()
test_mask = ~train_mask & ~panel.loan_id.isin(known)
cols = CONT + FLAGS
Xtr, ytr = panel.loc[train_mask, cols].values, panel.loc[train_mask, "prepaid"].values
Xte, yte = panel.loc[test_mask, cols].values, panel.loc[test_mask, "prepaid"].values
print(f"train {Xtr.shape}, test {Xte.shape}, test SMM {yte.mean():.4f}")

models = {
    "logit": LogisticRegression(C=1.0, max_iter=3000),
    "logit_l1": LogisticRegression(C=0.1, penalty="l1", solver="saga", max_iter=3000),
    "mlp": MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, early_stopping=True,
                         validation_fraction=0.1, max_iter=200, random_state=0),
}

results = {}
p_const = np.full(len(yte), ytr.mean())
# a constant has no ranking power, AUC 0.5 by definition
results["constant SMM (baseline)"] = (0.5, average_precision_score(yte, p_const), log_loss(yte, p_const))
for name, m in models.items():
    m.fit(Xtr, ytr)
    p = m.predict_proba(Xte)[:, 1]
    results[name] = (roc_auc_score(yte, p), average_precision_score(yte, p), log_loss(yte, p))

res = pd.DataFrame(results, index=["roc_auc", "avg_precision", "log_loss"]).T
print(res.round(5))

coef = pd.Series(models["logit"].coef_[0], index=cols).sort_values()
print("\nstandardised logit coefficients")
print(coef.round(3).to_string())

# monthly calibration of the plain logit on the test months
p_logit = models["logit"].predict_proba(Xte)[:, 1]
cal = pd.DataFrame({"month": panel.loc[test_mask, "reporting_month"].values, "y": yte, "p": p_logit})
print(cal.groupby("month")[["y", "p"]].mean().round(4).to_string())
