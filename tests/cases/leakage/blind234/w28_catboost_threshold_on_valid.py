"""
Retention campaign: which policies should the call centre contact?

The retention team wants a yes/no list, so besides AUC I tune the decision
threshold for F1 -- on a validation window -- and report precision / recall at
that threshold on the holdout, next to a simple rule-based baseline.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

CAT_FEATURES = ["sex", "smoker", "product_type", "premium_mode", "payment_method",
                "agent_channel", "region"]
NUM_FEATURES = ["policy_duration", "issue_age", "annual_premium", "sum_assured",
                "premium_change_pct", "loan_balance", "interest_rate", "unemployment_rate",
                "missed_payments", "missed_prev", "missed_prev2", "premium_jump"]
FEATURES = CAT_FEATURES + NUM_FEATURES


def load():
    df = pd.read_csv("train.csv").sort_values(["policy_id", "calendar_year"])
    g = df.groupby("policy_id")["missed_payments"]
    df["missed_prev"] = g.shift(1)
    df["missed_prev2"] = g.shift(2)
    df["premium_jump"] = (df["premium_change_pct"] > 10).astype(int)
    df[CAT_FEATURES] = df[CAT_FEATURES].fillna("NA").astype(str)
    return df.reset_index(drop=True)


def flag_report(name, y, flag, score=None):
    auc = roc_auc_score(y, score) if score is not None else float("nan")
    print(f"{name:<24} AUC={auc:.4f}  F1={f1_score(y, flag):.4f}  "
          f"precision={precision_score(y, flag, zero_division=0):.4f}  recall={recall_score(y, flag):.4f}  "
          f"flagged={flag.mean():.1%}")


df = load()

# fit: <=2016 | valid: 2017-2018 new policies | holdout: 2019+ policies new to both
fit = df[df["calendar_year"] <= 2016]
valid = df[df["calendar_year"].between(2017, 2018) & ~df["policy_id"].isin(fit["policy_id"].unique())]
known = set(fit["policy_id"]) | set(valid["policy_id"])
holdout = df[(df["calendar_year"] > 2018) & ~df["policy_id"].isin(known)]
print(f"fit {fit.shape}, valid {valid.shape}, holdout {holdout.shape}")

model = CatBoostClassifier(
    iterations=1200,
    learning_rate=0.04,
    depth=6,
    l2_leaf_reg=6,
    loss_function="Logloss",
    random_seed=27,
    verbose=300,
)
model.fit(Pool(fit[FEATURES], fit["lapsed"], cat_features=CAT_FEATURES))

# --- threshold search on the validation window ------------------------------
p_valid = model.predict_proba(Pool(valid[FEATURES], cat_features=CAT_FEATURES))[:, 1]
y_valid = valid["lapsed"].to_numpy()
thresholds = np.round(np.arange(0.05, 0.61, 0.01), 2)
f1s = [f1_score(y_valid, (p_valid >= t).astype(int)) for t in thresholds]
best_t = float(thresholds[int(np.argmax(f1s))])
print(f"threshold picked on valid: {best_t:.2f} (valid F1 {max(f1s):.4f})")

# --- holdout, once ---------------------------------------------------------
proba = model.predict_proba(Pool(holdout[FEATURES], cat_features=CAT_FEATURES))[:, 1]
y_hold = holdout["lapsed"].to_numpy()

# baseline: the rule the call centre uses today -- any missed payment last year
rule = (holdout["missed_payments"].fillna(0) > 0).astype(int).to_numpy()
flag_report("baseline: missed payment", y_hold, rule, holdout["missed_payments"].fillna(0).to_numpy())
flag_report(f"catboost @ {best_t:.2f}", y_hold, (proba >= best_t).astype(int), proba)

fi = pd.Series(model.get_feature_importance(), index=FEATURES).sort_values(ascending=False)
print(fi.round(2).to_string())
