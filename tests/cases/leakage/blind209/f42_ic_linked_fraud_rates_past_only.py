"""Insurance claims fraud - fraud rates of linked entities.

Claims are linked to repair shops, bank accounts and phone numbers. A shop or
bank account that keeps showing up on fraudulent claims is a strong signal, so
each claim gets the (smoothed) fraud rate of the shop / bank account / phone it
is linked to, computed only from earlier labelled claims in the fitting window,
alongside look-back link counts and claim attributes.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "fraudulent_claim"
D = "claim_date"
ENTITIES = ["repair_shop_id", "bank_account_hash", "claimant_phone"]
SMOOTH = 20

train = pd.read_csv("train.csv", parse_dates=[D])
test = pd.read_csv("test.csv", parse_dates=[D])
print(train.shape, test.shape)
print("fraud rate", round(train[TARGET].mean(), 4))

claims = pd.concat([train, test], ignore_index=True)
claims = claims.sort_values([D, "claim_id"], kind="mergesort").reset_index(drop=True)
for col in ENTITIES + ["claimant_address"]:
    claims[f"{col}_prev"] = claims.groupby(col).cumcount()
claims["policy_prev"] = claims.groupby("policy_id").cumcount()
claims["log_amount"] = np.log1p(claims["claim_amount"])
claims["police_report_filed"] = claims["police_report_filed"].astype(int)

lab = claims[claims[TARGET].notna()].copy()
lab[TARGET] = lab[TARGET].astype(int)
unl = claims[claims[TARGET].isna()].copy()


def past_rates(frame, col):
    """smoothed fraud rate of the entity over strictly earlier labelled claims"""
    global_rate = frame[TARGET].mean()
    f = frame.sort_values([D, "claim_id"], kind="mergesort")
    g = f.groupby(col)[TARGET]
    n_before = g.cumcount()
    pos_before = g.cumsum() - f[TARGET]
    rate = (pos_before + SMOOTH * global_rate) / (n_before + SMOOTH)
    return rate.where(f[col].notna(), global_rate).reindex(frame.index)


def final_rates(frame, col):
    global_rate = frame[TARGET].mean()
    stats = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return (stats["sum"] + SMOOTH * global_rate) / (stats["count"] + SMOOTH)


FEATURES = ([f"{c}_fraud_rate" for c in ENTITIES]
            + [f"{c}_prev" for c in ENTITIES + ["claimant_address"]]
            + ["policy_prev", "log_amount", "vehicle_age", "days_since_policy_start",
               "n_prior_claims", "police_report_filed"])

cut = lab[D].quantile(0.8)
tr = lab[lab[D] < cut].copy()
va = lab[lab[D] >= cut].copy()
va = va[~va["policy_id"].isin(tr["policy_id"])]
print(f"train {len(tr)}  valid {len(va)}")

for col in ENTITIES:
    tr[f"{col}_fraud_rate"] = past_rates(tr, col)
    va[f"{col}_fraud_rate"] = va[col].map(final_rates(tr, col)).fillna(tr[TARGET].mean())
    lab[f"{col}_fraud_rate"] = past_rates(lab, col)
    unl[f"{col}_fraud_rate"] = unl[col].map(final_rates(lab, col)).fillna(lab[TARGET].mean())
print(tr.groupby(TARGET)[[f"{c}_fraud_rate" for c in ENTITIES]].mean())

hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, max_leaf_nodes=31,
                                     min_samples_leaf=40, random_state=21)
hgb.fit(tr[FEATURES], tr[TARGET])
p = hgb.predict_proba(va[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
p0 = dummy.predict_proba(va[FEATURES])[:, 1]

print(f"dummy  ROC AUC {roc_auc_score(va[TARGET], p0):.4f}  PR AUC {average_precision_score(va[TARGET], p0):.4f}")
print(f"hgb    ROC AUC {roc_auc_score(va[TARGET], p):.4f}  PR AUC {average_precision_score(va[TARGET], p):.4f}")

hgb.fit(lab[FEATURES], lab[TARGET])
unl["prediction"] = hgb.predict_proba(unl[FEATURES])[:, 1]
unl[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved", len(unl))
