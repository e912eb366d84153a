"""Claim cost regression (take-home).

Random forest on log(claim_cost), compared with a constant-mean regressor.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "claim_cost"
POST_SETTLEMENT = ["settlement_amount", "adjuster_notes_len"]
KEYS = ["claim_id", "policy_id"]
CATS = ["region", "coverage_type"]

df = pd.read_csv("train.csv")
print(df.shape)
print(df[TARGET].describe())
print("claims per policy:\n", df.groupby("policy_id").size().value_counts().sort_index().head(10))
print(df.groupby("coverage_type")[TARGET].median())


def features(frame):
    X = frame.drop(columns=[TARGET] + POST_SETTLEMENT + KEYS, errors="ignore").copy()
    X["young_driver"] = (X["driver_age"] < 25).astype(int)
    X["mileage_k"] = X["annual_mileage"] / 1000.0
    X["old_vehicle"] = (X["vehicle_age"] >= 10).astype(int)
    return pd.get_dummies(X, columns=CATS, dtype=float)


X = features(df)
y = np.log1p(df[TARGET])

# 80/20 split on the row index
idx_train, idx_test = train_test_split(df.index, test_size=0.2, random_state=1)
X_train, X_test = X.loc[idx_train], X.loc[idx_test]
y_train, y_test = y.loc[idx_train], y.loc[idx_test]
print("train", X_train.shape, "test", X_test.shape)

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
pred = np.expm1(rf.predict(X_test))

mean_model = DummyRegressor(strategy="mean").fit(X_train, y_train)
pred_mean = np.expm1(mean_model.predict(X_test))

actual = np.expm1(y_test)
for name, pr in [("mean regressor", pred_mean), ("random forest", pred)]:
    mae = mean_absolute_error(actual, pr)
    rmse = mean_squared_error(actual, pr) ** 0.5
    print(f"{name:15s} MAE {mae:10.2f}  RMSE {rmse:10.2f}")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(4))

# error by coverage type, to see where the model struggles
err = pd.DataFrame({"cov": df.loc[idx_test, "coverage_type"], "abs_err": np.abs(actual - pred)})
print(err.groupby("cov")["abs_err"].mean().round(1))

# fit on everything for the submission
rf.fit(X, y)
test = pd.read_csv("test.csv")
X_sub = features(test).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(rf.predict(X_sub))}).to_csv(
    "predictions.csv", index=False
)
