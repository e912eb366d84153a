# Claim severity: recursive feature elimination + gradient boosting
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.feature_selection import RFE
from sklearn.model_selection import GroupKFold, cross_val_score

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv")
df = df.drop(columns=["settlement_days", "adjuster_final_estimate"])
print(df.dtypes)

df["police_report"] = (df["police_report"] == "YES").astype(int)
df["witnesses"] = df["witnesses"].fillna(0)
df["claims_per_tenure_year"] = df["prior_claims"] / (df["policy_tenure_years"] + 1)
df["driver_age_sq"] = df["driver_age"] ** 2
dummies = pd.get_dummies(df[["region", "vehicle_class", "incident_type", "incident_severity",
                             "repair_shop_network"]], dtype=int)
X = pd.concat([df.drop(columns=["claim_id", "policyholder_id", "claim_amount", "region", "vehicle_class",
                                "incident_type", "incident_severity", "repair_shop_network"]), dummies], axis=1)
y = np.log1p(df["claim_amount"])
groups = df["policyholder_id"]
print("candidate features:", X.shape[1])

# keep the 15 most useful features
rfe = RFE(GradientBoostingRegressor(n_estimators=150, max_depth=3, random_state=0),
          n_features_to_select=15, step=2)
rfe.fit(X, y)
selected = X.columns[rfe.support_]
print("selected:", list(selected))

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4, subsample=0.8,
                                loss="huber", random_state=0)
cv = GroupKFold(n_splits=5)
mae = -cross_val_score(gbr, X[selected], y, groups=groups, cv=cv, scoring="neg_mean_absolute_error")
r2 = cross_val_score(gbr, X[selected], y, groups=groups, cv=cv, scoring="r2")
print(f"CV MAE (log scale): {mae.mean():.4f} +/- {mae.std():.4f}")
print(f"CV R2: {r2.mean():.3f}")

gbr.fit(X[selected], y)
test = pd.read_csv("test.csv")
test["police_report"] = (test["police_report"] == "YES").astype(int)
test["witnesses"] = test["witnesses"].fillna(0)
test["claims_per_tenure_year"] = test["prior_claims"] / (test["policy_tenure_years"] + 1)
test["driver_age_sq"] = test["driver_age"] ** 2
test_d = pd.get_dummies(test[["region", "vehicle_class", "incident_type", "incident_severity",
                              "repair_shop_network"]], dtype=int)
X_test = pd.concat([test, test_d], axis=1).reindex(columns=selected, fill_value=0)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(gbr.predict(X_test))}).to_csv(
    "predictions.csv", index=False)
