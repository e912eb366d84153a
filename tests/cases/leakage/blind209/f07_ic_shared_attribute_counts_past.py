# Insurance claims fraud - take-home submission
#
# Organised claim fraud shows up as the same phone numbers, addresses, bank
# accounts and repair shops turning up on many claims. For every claim I count
# how many *earlier* claims share each of those attributes and how many distinct
# policies they were spread over, then train a gradient-boosted model.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "fraudulent_claim"
SHARED = ["claimant_phone", "claimant_address", "bank_account_hash", "repair_shop_id"]

train = pd.read_csv("train.csv", parse_dates=["claim_date"])
test = pd.read_csv("test.csv", parse_dates=["claim_date"])
print("train", train.shape, "test", test.shape)
print(train[TARGET].value_counts(normalize=True))
print(train.dtypes)

# ------------------------------------------------------------------ features
claims = pd.concat([train, test], ignore_index=True)
claims = claims.sort_values(["claim_date", "claim_id"], kind="mergesort").reset_index(drop=True)

for col in SHARED:
    claims[f"{col}_claims"] = claims.groupby(col).cumcount()
    first_pair = ~claims.duplicated(subset=[col, "policy_id"])
    claims[f"{col}_policies"] = (
        first_pair.astype(int).groupby(claims[col]).cumsum() - first_pair.astype(int)
    )

claims["policy_claims"] = claims.groupby("policy_id").cumcount()
claims["max_shared_claims"] = claims[[f"{c}_claims" for c in SHARED[:3]]].max(axis=1)
claims["n_attrs_shared"] = (claims[[f"{c}_claims" for c in SHARED[:3]]] > 0).sum(axis=1)

claims["log_amount"] = np.log1p(claims["claim_amount"])
claims["early_claim"] = (claims["days_since_policy_start"] < 60).astype(int)
claims["claim_month"] = claims["claim_date"].dt.month
claims["weekend"] = (claims["claim_date"].dt.dayofweek >= 5).astype(int)
claims["incident_type"] = claims["incident_type"].astype("category")
claims["police_report_filed"] = claims["police_report_filed"].astype(int)

FEATURES = (
    [f"{c}_claims" for c in SHARED]
    + [f"{c}_policies" for c in SHARED]
    + ["policy_claims", "max_shared_claims", "n_attrs_shared", "log_amount",
       "early_claim", "claim_month", "weekend", "vehicle_age",
       "days_since_policy_start", "n_prior_claims", "police_report_filed",
       "incident_type"]
)

lab = claims[claims["claim_id"].isin(train["claim_id"])].copy()
unl = claims[claims["claim_id"].isin(test["claim_id"])].copy()
lab[TARGET] = lab[TARGET].astype(int)

# ------------------------------------------------------------------ validation
cut = lab["claim_date"].quantile(0.8)
fit_part = lab[lab["claim_date"] < cut]
val_part = lab[lab["claim_date"] >= cut]
val_part = val_part[~val_part["policy_id"].isin(fit_part["policy_id"])]
print(f"fit {len(fit_part)}  val {len(val_part)}  val fraud {val_part[TARGET].mean():.3f}")

params = dict(
    n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=40,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
    scale_pos_weight=5, random_state=42, verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(fit_part[FEATURES], fit_part[TARGET])
p_val = model.predict_proba(val_part[FEATURES])[:, 1]

base = DummyClassifier(strategy="prior").fit(fit_part[FEATURES], fit_part[TARGET])
p_base = base.predict_proba(val_part[FEATURES])[:, 1]

print(f"prior     AUC {roc_auc_score(val_part[TARGET], p_base):.3f}  "
      f"AP {average_precision_score(val_part[TARGET], p_base):.3f}")
print(f"lightgbm  AUC {roc_auc_score(val_part[TARGET], p_val):.3f}  "
      f"AP {average_precision_score(val_part[TARGET], p_val):.3f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(12))

# ------------------------------------------------------------------ submission
model.fit(lab[FEATURES], lab[TARGET])
unl["prediction"] = model.predict_proba(unl[FEATURES])[:, 1]
unl[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done", unl.shape)
