"""Annual premium model.

Premiums are right-skewed and roughly multiplicative (smoker x age x coverage), so the
regressor works on log(premium) through TransformedTargetRegressor and all metrics are
reported in currency units.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
EXCLUDE = [ID, TARGET] + task.get("leaky_columns", [])

policies = pd.read_csv("train.csv")
quote_requests = pd.read_csv("test.csv")
print(policies[TARGET].describe())
print(policies.groupby("smoker")[TARGET].median())

features = [c for c in policies.columns if c not in EXCLUDE]
categorical = [c for c in features if policies[c].dtype == object]
print("features:", features)

enc = ColumnTransformer(
    [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), categorical)],
    remainder="passthrough",
)
gbm = GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=3, subsample=0.8, random_state=4)
model = Pipeline([
    ("enc", enc),
    ("reg", TransformedTargetRegressor(regressor=gbm, func=np.log, inverse_func=np.exp)),
])

X_tr, X_te, y_tr, y_te = train_test_split(policies[features], policies[TARGET], test_size=0.25, random_state=4)
model.fit(X_tr, y_tr)
baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)

rows = []
for name, est in [("median premium", baseline), ("GBM on log premium", model)]:
    p = est.predict(X_te)
    rows.append([name, mean_absolute_error(y_te, p), np.sqrt(mean_squared_error(y_te, p)),
                 mean_absolute_percentage_error(y_te, p), r2_score(y_te, p)])
print(pd.DataFrame(rows, columns=["model", "MAE", "RMSE", "MAPE", "R2"]).round(3).to_string(index=False))

# residuals by smoker status - pricing team wants to know where it is off
resid = (y_te - model.predict(X_te)).groupby(X_te["smoker"]).agg(["mean", "std"])
print(resid.round(1))

model.fit(policies[features], policies[TARGET])
pd.DataFrame({ID: quote_requests[ID], "prediction": model.predict(quote_requests[features])}).to_csv(
    "predictions.csv", index=False)
