"""Claims fraud take-home.

Features: how connected a claim is to earlier claims through the claimant's
phone, address and bank account, and through the repair shop; plus claim
attributes. Fraud is ~7% of claims, so fraudulent claims are up-weighted by
replicating them before fitting the gradient-boosting model.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

RNG = 2024
TARGET = "fraudulent_claim"
LINKS = ["claimant_phone", "claimant_address", "bank_account_hash", "repair_shop_id"]

train = pd.read_csv("train.csv", parse_dates=["claim_date"])
test = pd.read_csv("test.csv", parse_dates=["claim_date"])
print(train.shape, test.shape)
print(train[TARGET].value_counts())
print(train["incident_type"].value_counts())


def features(df):
    df = df.sort_values(["claim_date", "claim_id"], kind="mergesort").copy()
    for col in LINKS:
        g = df.groupby(col)
        df[f"{col}_prev"] = g.cumcount()
        df[f"{col}_days_since"] = (df["claim_date"] - g["claim_date"].shift(1)).dt.days.fillna(-1)
        newp = (~df.duplicated([col, "policy_id"])).astype(int)
        df[f"{col}_policies"] = newp.groupby(df[col]).cumsum() - newp
    df["policy_prev"] = df.groupby("policy_id").cumcount()
    df["log_amount"] = np.log1p(df["claim_amount"])
    df["early"] = (df["days_since_policy_start"] < 60).astype(int)
    df["police_report_filed"] = df["police_report_filed"].astype(int)
    return df.sort_index()


claims = features(pd.concat([train, test], ignore_index=True))
FEATS = ([f"{c}_prev" for c in LINKS] + [f"{c}_days_since" for c in LINKS]
         + [f"{c}_policies" for c in LINKS]
         + ["policy_prev", "log_amount", "early", "vehicle_age",
            "days_since_policy_start", "n_prior_claims", "police_report_filed"])

lab = claims[claims["claim_id"].isin(train["claim_id"])].copy()
lab[TARGET] = lab[TARGET].astype(int)
unl = claims[claims["claim_id"].isin(test["claim_id"])].copy()



def upsample(frame):
    """replicate fraudulent claims so the classes are closer to balanced"""
    pos = frame[frame[TARGET] == 1]
    out = pd.concat([frame, pos.sample(n=len(pos) * 4, replace=True, random_state=RNG)],
                    ignore_index=True)
    print("after upsampling:", out[TARGET].value_counts().to_dict())
    return out


cut = lab["claim_date"].quantile(0.8)
tr = lab[lab["claim_date"] < cut]
va = lab[lab["claim_date"] >= cut]
va = va[~va["policy_id"].isin(tr["policy_id"])]
print(f"train {len(tr)}  valid {len(va)}  valid fraud share {va[TARGET].mean():.3f}")
tr = upsample(tr)

gb = GradientBoostingClassifier(n_estimators=350, learning_rate=0.05, max_depth=3,
                                subsample=0.8, random_state=RNG)
gb.fit(tr[FEATS], tr[TARGET])
p = gb.predict_proba(va[FEATS])[:, 1]

prior = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])
p0 = prior.predict_proba(va[FEATS])[:, 1]

print("prior    AUC %.4f  AP %.4f  logloss %.4f" % (
    roc_auc_score(va[TARGET], p0), average_precision_score(va[TARGET], p0), log_loss(va[TARGET], p0)))
print("gbm      AUC %.4f  AP %.4f  logloss %.4f" % (
    roc_auc_score(va[TARGET], p), average_precision_score(va[TARGET], p), log_loss(va[TARGET], p)))

print(pd.Series(gb.feature_importances_, index=FEATS).sort_values(ascending=False).head(10))

lab_up = upsample(lab)
gb.fit(lab_up[FEATS], lab_up[TARGET])
unl["prediction"] = gb.predict_proba(unl[FEATS])[:, 1]
unl[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions written:", len(unl))
