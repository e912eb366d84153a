"""Hospital LOS regression (days) per admission - linear model with code dummies.

DRG / MDC / ICD-3 dummies blow up to ~900 columns, so I keep the 60 most
associated with LOS and fit a ridge.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

adm = pd.read_csv("train.csv", parse_dates=["admit_date"])
adm = adm.drop(columns=["discharge_date", "discharge_disposition", "total_charges"])
print(adm.los_days.describe())
print("share of 1-day stays:", (adm.los_days <= 1).mean().round(3))

adm["icd3"] = adm["primary_dx"].str[:3]
adm["admit_month"] = adm["admit_date"].dt.month
adm["age_band"] = pd.cut(adm["age"], [0, 18, 45, 65, 75, 85, 120], right=False).astype(str)

codes = pd.get_dummies(adm[["drg_code", "mdc", "icd3", "admit_type", "admit_source",
                            "age_band", "plan_type", "sex"]].astype(str), prefix_sep="=")
nums = adm[["age", "n_secondary_dx", "n_procedures", "charlson_index", "prior_admits_12m",
            "facility_beds", "facility_teaching", "weekend_admit", "admit_month"]].fillna(0)
X = pd.concat([nums, codes], axis=1).astype(float)
y = np.log1p(adm["los_days"])          # LOS is very skewed, fit on log scale
print("design matrix:", X.shape)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=1)

# selection lives in the pipeline so it only ever sees the training rows
ridge = make_pipeline(SelectKBest(f_regression, k=60), StandardScaler(), Ridge(alpha=3.0))
ridge.fit(X_tr, y_tr)
kept = X.columns[ridge.named_steps["selectkbest"].get_support()]
print("kept:", list(kept[:20]), "...")
mean_model = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

def report(name, pred_log):
    pred = np.expm1(pred_log)
    true = np.expm1(y_te)
    mae = mean_absolute_error(true, pred)
    rmse = mean_squared_error(true, pred) ** 0.5
    print(f"{name:10s} MAE {mae:.2f} days   RMSE {rmse:.2f} days")

report("mean", mean_model.predict(X_te))
report("ridge", ridge.predict(X_te))
