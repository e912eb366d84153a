# B2B expansion take-home
# I'm a structural engineer by training. The positive class (accounts that expand) is the minority,
# so I balance the classes with SMOTE before modelling and check on the latest quarters.

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (roc_auc_score, average_precision_score, recall_score,
                             precision_score, f1_score)

RNG = 17
TARGET = "expanded_next_q"

df = pd.read_csv("train.csv", parse_dates=["quarter_end"])
df = df.sort_values(["account_id", "quarter_end"]).reset_index(drop=True)
print(df.shape, "| positive rate", round(df[TARGET].mean(), 3))

# quarter index (0, 1, 2, ...) so the model can also pick up a trend
quarters = np.sort(df["quarter_end"].unique())
q_index = {q: i for i, q in enumerate(quarters)}
df["quarter_idx"] = df["quarter_end"].map(q_index)

# lagged usage (previous quarter of the same account)
for col in ["seats", "seat_utilization", "logins_per_user", "support_tickets"]:
    df[f"{col}_prev"] = df.groupby("account_id")[col].shift(1)
df["seat_delta"] = df["seats"] - df["seats_prev"]
df["util_delta"] = df["seat_utilization"] - df["seat_utilization_prev"]

numeric = ["quarter_idx", "seats", "arr", "seat_utilization", "active_users", "logins_per_user",
           "support_tickets", "nps_score", "integrations_enabled", "months_to_renewal",
           "csm_assigned", "seats_prev", "seat_utilization_prev", "logins_per_user_prev",
           "support_tickets_prev", "seat_delta", "util_delta"]
X = pd.concat([df[numeric], pd.get_dummies(df[["industry", "region", "plan_tier"]], dtype=float)], axis=1)
X = X.fillna(0.0)
y = df[TARGET]

# ---- balance classes
smote = SMOTE(sampling_strategy=0.8, k_neighbors=5, random_state=RNG)
X_bal, y_bal = smote.fit_resample(X, y)
print("after SMOTE:", X_bal.shape, "positive rate", round(y_bal.mean(), 3))

# ---- out-of-time check: last 3 quarters
cut_idx = len(quarters) - 3
is_test = X_bal["quarter_idx"] >= cut_idx
X_tr, y_tr = X_bal[~is_test], y_bal[~is_test]
X_te, y_te = X_bal[is_test], y_bal[is_test]
print(f"train {len(X_tr)}  test {len(X_te)}")

models = {
    "baseline (stratified guess)": DummyClassifier(strategy="stratified", random_state=RNG),
    "hist gradient boosting": HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=400, max_depth=None, max_leaf_nodes=31,
        min_samples_leaf=40, l2_regularization=0.5, random_state=RNG),
}

rows = []
for name, m in models.items():
    m.fit(X_tr, y_tr)
    proba = m.predict_proba(X_te)[:, 1]
    hard = (proba >= 0.5).astype(int)
    rows.append({"model": name,
                 "roc_auc": roc_auc_score(y_te, proba),
                 "pr_auc": average_precision_score(y_te, proba),
                 "recall": recall_score(y_te, hard),
                 "precision": precision_score(y_te, hard, zero_division=0),
                 "f1": f1_score(y_te, hard)})
print(pd.DataFrame(rows).set_index("model").round(3))

# recall by plan tier for the GBM (sales cares about enterprise most)
gbm = models["hist gradient boosting"]
tier_cols = [c for c in X_te.columns if c.startswith("plan_tier_")]
pred_te = (gbm.predict_proba(X_te)[:, 1] >= 0.5).astype(int)
for c in tier_cols:
    mask = (X_te[c] > 0.5).values
    if mask.sum() and y_te[mask].sum():
        print(f"{c:<24} n={mask.sum():5d}  recall={recall_score(y_te[mask], pred_te[mask]):.3f}")
