# No-show model for courier shifts
# run: python af16_noshow_crossval.py
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_validate

warnings.filterwarnings("ignore")

shifts = pd.read_csv("train.csv", parse_dates=["shift_date"])
couriers = pd.read_csv("couriers.csv", parse_dates=["signup_date"])
zones = pd.read_csv("zones.csv")

data = (shifts
        .merge(couriers, on="courier_id", how="left")
        .merge(zones, on="zone_id", how="left"))

# quick look
print(data.shape)
print(data["no_show"].mean())
print(data.groupby("vehicle_type")["no_show"].mean())
print(data.groupby("start_hour")["no_show"].mean().round(2).to_dict())

data["courier_age_days"] = (data["shift_date"] - data["signup_date"]).dt.days
data["noshow_hist"] = np.where(data["past_shifts"] > 0, data["past_noshows"] / data["past_shifts"].clip(lower=1), np.nan)
data["no_history"] = data["noshow_hist"].isna().astype(int)
data["noshow_hist"] = data["noshow_hist"].fillna(0)
data["weekday"] = data["shift_date"].dt.day_name()
data["is_home_zone"] = (data["zone_id"] == data["home_zone_id"]).astype(int)
data["log_days_ahead"] = np.log1p(data["booked_days_ahead"])

num_cols = ["start_hour", "hours_booked", "log_days_ahead", "tenure_days", "past_shifts", "noshow_hist",
            "no_history", "rain_mm", "is_weekend", "bonus_offered", "courier_age_days", "is_home_zone",
            "demand_index", "avg_distance_km"]
cat_cols = ["vehicle_type", "age_band", "region", "weekday"]

X = data[num_cols + cat_cols]
y = data["no_show"]

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
pipe = Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000, class_weight="balanced"))])

# a courier's shifts stay in one fold -> scores are for couriers the model has not seen
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
groups = data["courier_id"]
scoring = ["roc_auc", "average_precision", "f1", "precision", "recall"]

res = cross_validate(pipe, X, y, cv=cv, scoring=scoring, groups=groups)
dummy = cross_validate(DummyClassifier(strategy="stratified", random_state=0), X, y, cv=cv,
                       scoring=scoring, groups=groups)

print("\n%-18s %8s %8s" % ("metric", "logreg", "dummy"))
for s in scoring:
    print("%-18s %8.3f %8.3f" % (s, res["test_" + s].mean(), dummy["test_" + s].mean()))
