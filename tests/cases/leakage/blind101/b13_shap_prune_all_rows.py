"""Claim severity model with SHAP-based feature pruning.

1. fit a first XGBoost model, rank features by mean |SHAP|
2. keep the top ones
3. grouped 5-fold CV of the pruned model
"""
import numpy as np
import pandas as pd
import shap
import xgboost as xgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import mean_absolute_error, r2_score

TOP_K = 12

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

cat_cols = ["vehicle_class", "region", "claim_type", "incident_severity"]
num_cols = ["vehicle_age", "driver_age", "n_prior_claims", "policy_tenure_years", "deductible",
            "annual_premium", "report_delay_days", "witness_present", "police_report"]


def features(frame):
    out = frame[num_cols].copy()
    out["premium_per_year"] = frame["annual_premium"] / frame["policy_tenure_years"].clip(lower=1)
    out["claims_per_year"] = frame["n_prior_claims"] / frame["policy_tenure_years"].clip(lower=1)
    out["delay_log"] = np.log1p(frame["report_delay_days"])
    out = pd.concat([out, pd.get_dummies(frame[cat_cols], dtype=int)], axis=1)
    return out


X = features(train)
X_test = features(test).reindex(columns=X.columns, fill_value=0)
y = np.log1p(train["loss_amount"].values)
print("features before pruning:", X.shape[1])

# --- step 1: SHAP ranking --------------------------------------------------
ranker = xgb.XGBRegressor(n_estimators=500, learning_rate=0.05, max_depth=6, subsample=0.8,
                          colsample_bytree=0.8, tree_method="hist")
ranker.fit(X, y)
shap_values = shap.TreeExplainer(ranker).shap_values(X)
ranking = pd.Series(np.abs(shap_values).mean(axis=0), index=X.columns).sort_values(ascending=False)
print(ranking.head(20))

keep = ranking.index[:TOP_K].tolist()
print("kept:", keep)

# --- step 2: grouped CV on the pruned set ---------------------------------
oof = np.zeros(len(train))
test_pred = np.zeros(len(test))
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, train["policy_id"])):
    m = xgb.XGBRegressor(n_estimators=800, learning_rate=0.03, max_depth=6, subsample=0.8,
                         colsample_bytree=0.9, tree_method="hist", random_state=fold)
    m.fit(X.iloc[tr][keep], y[tr])
    oof[va] = m.predict(X.iloc[va][keep])
    test_pred += m.predict(X_test[keep]) / 5

print("pruned model CV MAE:", mean_absolute_error(train["loss_amount"], np.expm1(oof)))
print("pruned model CV R2 (log):", r2_score(y, oof))

pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(test_pred)}).to_csv("predictions.csv", index=False)
