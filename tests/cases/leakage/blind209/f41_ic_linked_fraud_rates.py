"""Insurance claims fraud - fraud rates of linked entities.

Claims are linked to repair shops, bank accounts and phone numbers. A shop or
bank account that keeps showing up on fraudulent claims is a strong signal, so
each claim gets the (smoothed) historical fraud rate of the shop / bank account
/ phone it is linked to, alongside look-back link counts and claim attributes.
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
global_rate = train[TARGET].mean()
print("fraud rate", round(global_rate, 4))

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

for col in ENTITIES:
    stats = lab.groupby(col)[TARGET].agg(["sum", "count"])
    rate = (stats["sum"] + SMOOTH * global_rate) / (stats["count"] + SMOOTH)
    lab[f"{col}_fraud_rate"] = lab[col].map(rate).fillna(global_rate)
    unl[f"{col}_fraud_rate"] = unl[col].map(rate).fillna(global_rate)

FEATURES = ([f"{c}_fraud_rate" for c in ENTITIES]
            + [f"{c}_prev" for c in ENTITIES + ["claimant_address"]]
            + ["policy_prev", "log_amount", "vehicle_age", "days_since_policy_start",
               "n_prior_claims", "police_report_filed"])
print(lab.groupby(TARGET)[[f"{c}_fraud_rate" for c in ENTITIES]].mean())

cut = lab[D].quantile(0.8)
tr = lab[lab[D] < cut]
va = lab[lab[D] >= cut]
va = va[~va["policy_id"].isin(tr["policy_id"])]
print(f"train {len(tr)}  valid {len(va)}")

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
