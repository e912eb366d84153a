"""Claim cost regression: recursive feature elimination + HistGradientBoosting.

The raw file has ~40 columns after one-hot encoding; many are noise, so RFE
with a random forest keeps the 15 most useful ones. RFE sits inside the
pipeline, so GroupKFold (policyholders do not cross folds) re-runs the
selection on each training fold.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.feature_selection import RFE
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import Pipeline

pd.set_option("display.width", 140)

raw = pd.read_csv("train.csv")
y = np.log1p(raw["claim_cost"])
groups = raw["policyholder_id"]

X = raw.drop(columns=["claim_id", "policyholder_id", "claim_cost", "reserve_at_close", "paid_to_date"])
X["police_report"] = X["police_report"].eq("YES").astype(int)
X["driver_age_sq"] = X["driver_age"] ** 2
X["veh_age_x_premium"] = X["vehicle_age"] * X["annual_premium"]
X["injuries_x_witness"] = X["injuries"] * (X["witnesses"] + 1)
X = pd.get_dummies(X, columns=["vehicle_type", "region", "incident_type"], dtype=float)
print("candidate features:", X.shape[1])


def make_rfe():
    return RFE(
        RandomForestRegressor(n_estimators=200, max_depth=10, min_samples_leaf=20, n_jobs=-1, random_state=0),
        n_features_to_select=15,
        step=3,
    )


hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                    min_samples_leaf=30, l2_regularization=1.0, random_state=0)
rfe_model = Pipeline([("rfe", make_rfe()), ("hgb", hgb)])

cv = GroupKFold(n_splits=5)
scores = {}
for name, est in [
    ("baseline (mean)", DummyRegressor()),
    ("HGB all features", hgb),
    ("HGB RFE-15", rfe_model),
]:
    s = -cross_val_score(est, X, y, groups=groups, cv=cv, scoring="neg_root_mean_squared_error")
    scores[name] = (s.mean(), s.std())
    print(f"{name:18s} RMSE(log) {s.mean():.4f} +/- {s.std():.4f}")

rfe_model.fit(X, y)
selected = X.columns[rfe_model.named_steps["rfe"].support_].tolist()
print("selected on the full training data:", selected)

test = pd.read_csv("test.csv")
Xt = test.drop(columns=["claim_id", "policyholder_id", "reserve_at_close", "paid_to_date"], errors="ignore")
Xt["police_report"] = Xt["police_report"].eq("YES").astype(int)
Xt["driver_age_sq"] = Xt["driver_age"] ** 2
Xt["veh_age_x_premium"] = Xt["vehicle_age"] * Xt["annual_premium"]
Xt["injuries_x_witness"] = Xt["injuries"] * (Xt["witnesses"] + 1)
Xt = pd.get_dummies(Xt, columns=["vehicle_type", "region", "incident_type"], dtype=float).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(rfe_model.predict(Xt))}).to_csv(
    "predictions.csv", index=False)
