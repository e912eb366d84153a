"""Personal-loan application PD model.

Bads are only ~7% of the book, so development bads are up-sampled to 25% before modelling
(the intercept is corrected back to the true prior before scoring).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, roc_curve, brier_score_loss
from sklearn.utils import resample

SEED = 7
TARGET = "default_12m"
OOT_FROM = "2023-07"
TARGET_BAD_SHARE = 0.25
FEATURES = ["age", "annual_income", "employment_years", "loan_amount", "term_months", "dti",
            "bureau_score", "num_inquiries_6m", "num_open_trades", "revolving_utilization",
            "months_since_last_delinq", "emp_self", "emp_contract", "res_owner", "res_renter"]


def prepare(df):
    df = df.copy()
    df["emp_self"] = (df["employment_type"] == "self_employed").astype(int)
    df["emp_contract"] = (df["employment_type"] == "contract").astype(int)
    df["res_owner"] = (df["residential_status"] == "owner").astype(int)
    df["res_renter"] = (df["residential_status"] == "renter").astype(int)
    df["annual_income"] = np.log1p(df["annual_income"])
    df["loan_amount"] = np.log1p(df["loan_amount"])
    return df


def upsample_bads(df, share, seed):
    goods = df[df[TARGET] == 0]
    bads = df[df[TARGET] == 1]
    n_bads = int(share / (1 - share) * len(goods))
    bads_up = resample(bads, replace=True, n_samples=n_bads, random_state=seed)
    return pd.concat([goods, bads_up]).sample(frac=1.0, random_state=seed)


def ks_stat(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return float(np.max(tpr - fpr))


def prior_correct(p, sample_rate, true_rate):
    odds = p / (1 - p) * (true_rate / (1 - true_rate)) / (sample_rate / (1 - sample_rate))
    return odds / (1 + odds)


raw = prepare(pd.read_csv("train.csv"))
sub = prepare(pd.read_csv("test.csv"))
print(f"{len(raw)} applications, bad rate {raw[TARGET].mean():.3%}")
# population bad rate of the development window, used to undo the re-balancing
true_bad_rate = raw.loc[raw["application_month"] < OOT_FROM, TARGET].mean()

dev_raw = raw[raw["application_month"] < OOT_FROM]
oot = raw[raw["application_month"] >= OOT_FROM]

# only the development vintages are re-balanced; OOT keeps the real mix
dev = upsample_bads(dev_raw, TARGET_BAD_SHARE, SEED)
print("dev after up-sampling:", len(dev), "rows, bad share", round(dev[TARGET].mean(), 3))
print("oot", oot.shape, "bad rate", round(oot[TARGET].mean(), 4))

model = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=15,
                                       min_samples_leaf=100, l2_regularization=1.0, random_state=SEED)
model.fit(dev[FEATURES], dev[TARGET])

p_oot = model.predict_proba(oot[FEATURES])[:, 1]
auc = roc_auc_score(oot[TARGET], p_oot)
print(f"OOT AUC {auc:.4f}  Gini {2 * auc - 1:.4f}  KS {ks_stat(oot[TARGET], p_oot):.4f}")

p_oot_cal = prior_correct(p_oot, dev[TARGET].mean(), true_bad_rate)
print(f"OOT Brier (prior corrected) {brier_score_loss(oot[TARGET], p_oot_cal):.4f}")

# score bands on OOT
bands = pd.qcut(p_oot_cal, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"band": bands, "bad": oot[TARGET].values}).groupby("band")["bad"].agg(["size", "mean"]))

p_sub = prior_correct(model.predict_proba(sub[FEATURES])[:, 1], dev[TARGET].mean(), true_bad_rate)
pd.DataFrame({"application_id": sub["application_id"], "prediction": p_sub}).to_csv("predictions.csv", index=False)
print("done")
