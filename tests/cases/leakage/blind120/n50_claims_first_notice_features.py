"""Claim cost regression - take-home submission.

Predict the final cost of a motor claim at first notice of loss. Audit:
  claim_id            key, not a feature
  settlement_amount   agreed at closing of the claim -> known only afterwards
  everything else     recorded at first notice
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

claims = pd.read_csv("train.csv")
new_claims = pd.read_csv("test.csv")
print(claims.shape, claims["claim_cost"].describe().round(1))
print(claims.groupby("incident_type")["claim_cost"].median().round(0))

CAT = ["policy_type", "region", "incident_type"]
NUM = ["vehicle_age", "driver_age", "reported_delay_days", "repair_estimate"]

train_part, valid_part = train_test_split(claims, test_size=0.2, random_state=10)

model = Pipeline([
    ("prep", ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough")),
    ("gbr", HistGradientBoostingRegressor(loss="absolute_error", learning_rate=0.05, max_iter=500, random_state=10)),
])
model.fit(train_part[CAT + NUM], train_part["claim_cost"])
pred = model.predict(valid_part[CAT + NUM])
mean_pred = DummyRegressor(strategy="mean").fit(train_part[CAT + NUM], train_part["claim_cost"]).predict(valid_part[CAT + NUM])

y_v = valid_part["claim_cost"].to_numpy()
print("mean baseline  MAE %.1f" % mean_absolute_error(y_v, mean_pred))
print("GBR            MAE %.1f  RMSE %.1f  R2 %.3f" % (mean_absolute_error(y_v, pred),
      mean_squared_error(y_v, pred) ** 0.5, r2_score(y_v, pred)))

err = valid_part.assign(pred=pred, abs_err=np.abs(pred - y_v))
print(err.groupby("incident_type")["abs_err"].agg(["mean", "median", "size"]).round(1))
rng = np.random.default_rng(10)
maes = [mean_absolute_error(y_v[i], pred[i]) for i in (rng.integers(0, len(y_v), len(y_v)) for _ in range(500))]
print("MAE 95%% CI: %.1f - %.1f" % tuple(np.percentile(maes, [2.5, 97.5])))

model.fit(claims[CAT + NUM], claims["claim_cost"])
pd.DataFrame({"claim_id": new_claims["claim_id"], "prediction": model.predict(new_claims[CAT + NUM])}).to_csv("predictions.csv", index=False)
