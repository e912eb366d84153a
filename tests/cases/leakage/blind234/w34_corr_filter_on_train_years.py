# Lapse model: correlation screening + logistic regression / gradient boosting
# -----------------------------------------------------------------------------
# The admin extract plus the engineered ratios give ~60 columns; many are
# noise.  I screen them by absolute correlation with the lapse flag *on the
# training years*, drop near-duplicates, and fit two models on what is left.
# A constant-rate baseline is reported next to them.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

MIN_ABS_CORR = 0.02
MAX_PAIR_CORR = 0.9

raw = pd.read_csv("train.csv").sort_values(["policy_id", "calendar_year"]).reset_index(drop=True)

feat = pd.DataFrame(index=raw.index)
numeric = ["policy_duration", "issue_age", "annual_premium", "sum_assured", "premium_change_pct",
           "loan_balance", "interest_rate", "unemployment_rate", "missed_payments"]
for c in numeric:
    feat[c] = raw[c].fillna(0)
    feat[f"log_{c}"] = np.log1p(raw[c].clip(lower=0).fillna(0))
g = raw.groupby("policy_id")
feat["missed_prev"] = g["missed_payments"].shift(1).fillna(0)
feat["missed_prev2"] = g["missed_payments"].shift(2).fillna(0)
feat["loan_delta"] = g["loan_balance"].diff().fillna(0)
feat["premium_per_1k_sa"] = raw["annual_premium"] / raw["sum_assured"] * 1000
feat["attained_age"] = raw["issue_age"] + raw["policy_duration"]
feat = pd.concat([feat, pd.get_dummies(raw[["sex", "smoker", "product_type", "premium_mode",
                                            "payment_method", "agent_channel", "region"]], dtype=float)],
                 axis=1)
print("candidate features:", feat.shape[1])

# ---- split first: <=2018 vs 2019+ new policies ------------------------------
tr_mask = raw["calendar_year"] <= 2018
te_mask = (raw["calendar_year"] >= 2019) & ~raw["policy_id"].isin(raw.loc[tr_mask, "policy_id"])
F_tr, y_tr = feat.loc[tr_mask], raw.loc[tr_mask, "lapsed"]
F_te, y_te = feat.loc[te_mask], raw.loc[te_mask, "lapsed"]


def screen(F, y, min_abs=MIN_ABS_CORR, max_pair=MAX_PAIR_CORR):
    corr_with_y = F.corrwith(y).abs().sort_values(ascending=False)
    keep = corr_with_y[corr_with_y >= min_abs].index.tolist()
    cm = F[keep].corr().abs()
    dropped = set()
    for i, a in enumerate(keep):
        if a in dropped:
            continue
        for b in keep[i + 1:]:
            if b not in dropped and cm.loc[a, b] > max_pair:
                dropped.add(b)
    return [c for c in keep if c not in dropped], corr_with_y


selected, corr_tr = screen(F_tr, y_tr)
print(f"kept {len(selected)} of {feat.shape[1]} (screened on {len(F_tr)} training rows)")
print(corr_tr[selected].round(4).to_string())

X_tr, X_te = F_tr[selected], F_te[selected]

models = {
    "baseline": DummyClassifier(strategy="prior"),
    "logit": make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=4000)),
    "gbm": GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                      subsample=0.8, random_state=33),
}
for name, m in models.items():
    m.fit(X_tr, y_tr)
    p = m.predict_proba(X_te)[:, 1]
    print(f"{name:8s} auc={roc_auc_score(y_te, p):.4f} ap={average_precision_score(y_te, p):.4f} "
          f"brier={brier_score_loss(y_te, p):.4f}")
