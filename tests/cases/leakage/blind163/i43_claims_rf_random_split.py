"""Motor claim severity - random forest regressor.

Predict claim_amount at first notification of loss. Settlement information
(settlement_days, adjuster_final_estimate) only exists later, so it is not used.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error
from sklearn.model_selection import train_test_split

POST_FNOL = ["settlement_days", "adjuster_final_estimate"]
CATS = ["region", "vehicle_class", "incident_type", "incident_severity", "repair_shop_network"]

claims = pd.read_csv("train.csv")
print(claims.shape, claims["policyholder_id"].nunique(), "policyholders")
print(claims["claim_amount"].describe(percentiles=[0.5, 0.9, 0.99]))

claims = claims.drop(columns=POST_FNOL)
claims["police_report"] = claims["police_report"].map({"YES": 1, "NO": 0}).fillna(0)
claims["witnesses"] = claims["witnesses"].fillna(0)
claims["young_driver"] = (claims["driver_age"] < 25).astype(int)
claims["old_vehicle"] = (claims["vehicle_age"] > 10).astype(int)
X = pd.get_dummies(claims.drop(columns=["claim_id", "policyholder_id", "claim_amount"]), columns=CATS, dtype=int)
y = np.log1p(claims["claim_amount"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=17)

rf = RandomForestRegressor(n_estimators=600, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=17)
rf.fit(X_train, y_train)
dummy = DummyRegressor(strategy="median").fit(X_train, y_train)

true_amt = np.expm1(y_test)
for name, model in [("median baseline", dummy), ("random forest", rf)]:
    pred_amt = np.expm1(model.predict(X_test))
    print(f"{name:16s} MAE {mean_absolute_error(true_amt, pred_amt):9.1f}   "
          f"MedAE {median_absolute_error(true_amt, pred_amt):8.1f}")

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10).round(4))

rf.fit(X, y)
test = pd.read_csv("test.csv").drop(columns=POST_FNOL, errors="ignore")
test["police_report"] = test["police_report"].map({"YES": 1, "NO": 0}).fillna(0)
test["witnesses"] = test["witnesses"].fillna(0)
test["young_driver"] = (test["driver_age"] < 25).astype(int)
test["old_vehicle"] = (test["vehicle_age"] > 10).astype(int)
X_sub = pd.get_dummies(test.drop(columns=["claim_id", "policyholder_id"]), columns=CATS, dtype=int)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(rf.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
