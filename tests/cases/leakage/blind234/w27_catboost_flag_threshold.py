"""
Retention campaign: which policies should the call centre contact?

The retention team wants a yes/no list, so besides AUC I tune the decision
threshold for F1 and report precision / recall at that threshold.
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


df = load()

# train: up to 2018 / holdout: 2019+ for policies issued into the book after the cut
train = df[df["calendar_year"] <= 2018]
holdout = df[(df["calendar_year"] > 2018) & (~df["policy_id"].isin(train["policy_id"].unique()))]
print(f"train {train.shape}, holdout {holdout.shape}")

model = CatBoostClassifier(
    iterations=1200,
    learning_rate=0.04,
    depth=6,
    l2_leaf_reg=6,
    loss_function="Logloss",
    random_seed=27,
    verbose=300,
)
model.fit(Pool(train[FEATURES], train["lapsed"], cat_features=CAT_FEATURES))

proba = model.predict_proba(Pool(holdout[FEATURES], cat_features=CAT_FEATURES))[:, 1]
y_hold = holdout["lapsed"].to_numpy()
print("holdout AUC:", round(roc_auc_score(y_hold, proba), 4))

# --- threshold search -------------------------------------------------------
thresholds = np.round(np.arange(0.05, 0.61, 0.01), 2)
f1s = [f1_score(y_hold, (proba >= t).astype(int)) for t in thresholds]
best_t = float(thresholds[int(np.argmax(f1s))])

flag = (proba >= best_t).astype(int)
print(f"threshold={best_t:.2f}  F1={f1_score(y_hold, flag):.4f}  "
      f"precision={precision_score(y_hold, flag):.4f}  recall={recall_score(y_hold, flag):.4f}")
print(f"policies flagged: {flag.sum()} of {len(flag)} ({flag.mean():.1%})")

curve = pd.DataFrame({"threshold": thresholds, "f1": f1s})
print(curve.iloc[::5].round(4).to_string(index=False))

# feature importance for the memo
fi = pd.Series(model.get_feature_importance(), index=FEATURES).sort_values(ascending=False)
print(fi.round(2).to_string())

# score the bundle test file with the tuned threshold stored alongside
sub = pd.read_csv("test.csv")
hist = pd.concat([df[sub.columns.intersection(df.columns)], sub], ignore_index=True)
hist = hist.sort_values(["policy_id", "calendar_year"])
g = hist.groupby("policy_id")["missed_payments"]
hist["missed_prev"], hist["missed_prev2"] = g.shift(1), g.shift(2)
hist["premium_jump"] = (hist["premium_change_pct"] > 10).astype(int)
hist[CAT_FEATURES] = hist[CAT_FEATURES].fillna("NA").astype(str)
scored = hist[hist["policy_year_id"].isin(sub["policy_year_id"])]
out = pd.DataFrame({"policy_year_id": scored["policy_year_id"],
                    "prediction": model.predict_proba(scored[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
print("decision threshold for the campaign list:", best_t)
