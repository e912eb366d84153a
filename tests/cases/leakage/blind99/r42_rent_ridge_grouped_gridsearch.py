"""Rent - Ridge with alpha chosen by grouped cross-validation on the training buildings.

Holdout: 20% of buildings (GroupShuffleSplit). Alpha is picked with GridSearchCV using
GroupKFold on the training part; the held-out buildings are scored once.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GridSearchCV, GroupKFold, GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["log_sqm", "rooms", "floor", "building_age", "has_balcony", "has_elevator", "furnished", "log_dist"]
CAT = ["neighbourhood", "energy_label"]


def prepare(d):
    d = d.copy()
    d["building_age"] = 2024 - d["year_built"]
    d["log_sqm"] = np.log(d["sqm"])
    d["log_dist"] = np.log1p(d["distance_to_center_km"])
    return d


def make_model():
    return make_pipeline(
        make_column_transformer(
            (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
            (OneHotEncoder(handle_unknown="ignore"), CAT),
        ),
        Ridge(),
    )


df = prepare(pd.read_csv("train.csv"))
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=4)
tr, te = next(gss.split(df, groups=df["building_id"]))
train, test_part = df.iloc[tr], df.iloc[te]

search = GridSearchCV(
    make_model(),
    {"ridge__alpha": [0.01, 0.1, 0.3, 1, 3, 10, 30, 100, 300]},
    cv=GroupKFold(n_splits=5),
    scoring="neg_mean_absolute_error",
)
search.fit(train[NUM + CAT], np.log(train["monthly_rent"]), groups=train["building_id"])
print("alpha chosen by grouped CV:", search.best_params_["ridge__alpha"])

baseline = DummyRegressor(strategy="median").fit(train[NUM + CAT], train["monthly_rent"])
y_true = test_part["monthly_rent"]
mae_model = mean_absolute_error(y_true, np.exp(search.best_estimator_.predict(test_part[NUM + CAT])))
mae_base = mean_absolute_error(y_true, baseline.predict(test_part[NUM + CAT]))
print(f"held-out buildings: ridge MAE {mae_model:.1f}  |  median baseline MAE {mae_base:.1f}")

final = make_model().set_params(ridge__alpha=search.best_params_["ridge__alpha"])
final.fit(df[NUM + CAT], np.log(df["monthly_rent"]))
test = prepare(pd.read_csv("test.csv"))
pd.DataFrame({"listing_id": test["listing_id"],
              "prediction": np.exp(final.predict(test[NUM + CAT]))}).to_csv("predictions.csv", index=False)
