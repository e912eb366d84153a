"""
Policy lapse take-home -- one row per policy and calendar year.

Question: will this policy lapse during the coming policy year?

Validation design
-----------------
* train on calendar years <= 2018
* test on calendar years >= 2019, restricted to policies that do not appear
  in the training years (new business), so no policy contributes rows to both
* every feature is known at the start of the policy year: contract terms,
  lagged payment behaviour, macro variables of the year
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "lapsed"
LAST_TRAIN_YEAR = 2018
CATEGORICAL = ["sex", "smoker", "product_type", "premium_mode", "payment_method",
               "agent_channel", "region"]
EXCLUDE = {"policy_year_id", "policy_id", "calendar_year", "issue_year", TARGET,
           "surrender_value_paid", "lapse_notice_sent"}


def load_panel(path):
    panel = pd.read_csv(path)
    panel = panel.sort_values(["policy_id", "calendar_year"]).reset_index(drop=True)
    return panel


def add_lags(panel):
    g = panel.groupby("policy_id")
    panel["missed_payments_lag1"] = g["missed_payments"].shift(1)
    panel["missed_payments_lag2"] = g["missed_payments"].shift(2)
    panel["missed_payments_cum_prior"] = g["missed_payments"].cumsum() - panel["missed_payments"]
    panel["premium_change_lag1"] = g["premium_change_pct"].shift(1)
    panel["loan_to_premium"] = panel["loan_balance"] / panel["annual_premium"].replace(0, np.nan)
    panel["sum_assured_to_premium"] = panel["sum_assured"] / panel["annual_premium"].replace(0, np.nan)
    panel["early_duration"] = (panel["policy_duration"] <= 3).astype(int)
    return panel


def design(panel):
    X = panel[[c for c in panel.columns if c not in EXCLUDE]]
    X = pd.get_dummies(X, columns=CATEGORICAL, dtype=float)
    return X


panel = add_lags(load_panel("train.csv"))
print(panel.shape, "lapse rate", round(panel[TARGET].mean(), 4))
print(panel.groupby("calendar_year")[TARGET].agg(["mean", "size"]))

train_mask = panel["calendar_year"] <= LAST_TRAIN_YEAR
train_policies = panel.loc[train_mask, "policy_id"].unique()
test_mask = (~train_mask) & (~panel["policy_id"].isin(train_policies))

X = design(panel)
X_tr, y_tr = X[train_mask], panel.loc[train_mask, TARGET]
X_te, y_te = X[test_mask], panel.loc[test_mask, TARGET]
print(f"train rows {len(X_tr)}  test rows {len(X_te)}  test policies {panel.loc[test_mask, 'policy_id'].nunique()}")

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_te)[:, 1]

clf = xgb.XGBClassifier(
    n_estimators=350,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=10,
    reg_lambda=2.0,
    tree_method="hist",
    random_state=19,
)
clf.fit(X_tr, y_tr)
p_xgb = clf.predict_proba(X_te)[:, 1]

metrics = pd.DataFrame({
    name: {
        "roc_auc": roc_auc_score(y_te, p),
        "pr_auc": average_precision_score(y_te, p),
        "brier": brier_score_loss(y_te, p),
    }
    for name, p in [("baseline_prior", p_base), ("xgboost", p_xgb)]
}).T
print(metrics.round(4))

# lapse by policy duration, predicted vs actual, on the test years
check = panel.loc[test_mask, ["policy_duration", TARGET]].assign(pred=p_xgb)
print(check.groupby("policy_duration")[[TARGET, "pred"]].mean().round(3).head(10))

gain = clf.get_booster().get_score(importance_type="gain")
print(pd.Series(gain).sort_values(ascending=False).head(12).round(2))

# ---- submission: refit on every labelled policy-year --------------------
sub = pd.read_csv("test.csv")
hist = pd.concat([panel[sub.columns.intersection(panel.columns)], sub], ignore_index=True)
hist = add_lags(hist.sort_values(["policy_id", "calendar_year"]).reset_index(drop=True))
X_sub = design(hist[hist["policy_year_id"].isin(sub["policy_year_id"])]).reindex(columns=X.columns, fill_value=0.0)

final = xgb.XGBClassifier(**clf.get_params()).fit(X, panel[TARGET])
pd.DataFrame({
    "policy_year_id": hist.loc[hist["policy_year_id"].isin(sub["policy_year_id"]), "policy_year_id"].values,
    "prediction": final.predict_proba(X_sub)[:, 1],
}).to_csv("predictions.csv", index=False)
