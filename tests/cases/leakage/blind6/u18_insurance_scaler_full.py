import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# --- data -------------------------------------------------------------------
raw = pd.read_csv("train.csv")
print(raw.shape)
print(raw.isna().sum()[raw.isna().sum() > 0])

NUM = ["vehicle_age", "driver_age", "prior_claims", "annual_mileage"]
CAT = ["region", "coverage_type"]


def build(frame):
    out = frame[NUM + CAT].copy()
    out["annual_mileage"] = np.log1p(out["annual_mileage"])
    out["driver_age_sq"] = out["driver_age"] ** 2
    out["prior_x_mileage"] = out["prior_claims"] * out["annual_mileage"]
    return pd.get_dummies(out, columns=CAT, dtype=float)


X = build(raw)
y = np.log1p(raw["claim_cost"])
SCALE = NUM + ["driver_age_sq", "prior_x_mileage"]

# standardise the numeric columns so ridge treats them evenly
scaler = StandardScaler()
X[SCALE] = scaler.fit_transform(X[SCALE])

# --- grouped split (one policy -> one side) -----------------------------------
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=99)
tr, te = next(splitter.split(X, y, groups=raw["policy_id"]))
X_train, X_test, y_train, y_test = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]

# --- model: univariate filter + ridge, both fitted on the training part -------
model = Pipeline(
    [
        ("select", SelectKBest(score_func=f_regression, k=10)),
        ("ridge", Ridge(alpha=2.0)),
    ]
)
model.fit(X_train, y_train)

median_model = DummyRegressor(strategy="median").fit(X_train, y_train)


def report(name, pred_log):
    pred = np.expm1(pred_log)
    truth = np.expm1(y_test)
    mae = mean_absolute_error(truth, pred)
    rmsle = mean_squared_error(y_test, pred_log) ** 0.5
    print(f"{name:<16} MAE {mae:9.2f}   RMSLE {rmsle:.4f}")


report("median dummy", median_model.predict(X_test))
report("ridge + kbest", model.predict(X_test))

kept = X.columns[model.named_steps["select"].get_support()]
print("kept features:", list(kept))
print(pd.Series(model.named_steps["ridge"].coef_, index=kept).round(3).sort_values())

# --- submission ------------------------------------------------------------
model.fit(X, y)
test = pd.read_csv("test.csv")
X_sub = build(test).reindex(columns=X.columns, fill_value=0.0)
X_sub[SCALE] = scaler.transform(X_sub[SCALE])
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(model.predict(X_sub))}).to_csv(
    "predictions.csv", index=False
)
print("ok")
