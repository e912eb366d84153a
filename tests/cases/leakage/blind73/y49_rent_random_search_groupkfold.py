"""Rent model + gross yield.

* test split: 20% of buildings (GroupShuffleSplit)
* hyper-parameters: RandomizedSearchCV with GroupKFold on the training buildings
* test split scored once, next to a median baseline
"""
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, RandomizedSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

NUM = ["sqft", "bedrooms", "bathrooms", "floor", "has_doorman", "has_elevator", "has_laundry",
       "building_age", "estimated_value", "distance_to_transit_km", "latitude", "longitude"]
CAT = ["neighbourhood"]
SEED = 2024

units = pd.read_csv("train.csv")
X, y, groups = units[NUM + CAT], units["monthly_rent"], units["building_id"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr, te = next(outer.split(X, y, groups))
X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]
g_tr = groups.iloc[tr]

pipe = Pipeline([
    ("enc", ColumnTransformer([("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
                              remainder="passthrough")),
    ("hgb", HistGradientBoostingRegressor(categorical_features=[0], random_state=SEED)),
])
param_dist = {
    "hgb__learning_rate": loguniform(0.01, 0.2),
    "hgb__max_leaf_nodes": randint(15, 80),
    "hgb__min_samples_leaf": randint(10, 100),
    "hgb__l2_regularization": loguniform(1e-3, 10),
}
search = RandomizedSearchCV(pipe, param_dist, n_iter=30, cv=GroupKFold(n_splits=5),
                            scoring="neg_mean_absolute_error", random_state=SEED, n_jobs=-1)
search.fit(X_tr, y_tr, groups=g_tr)
print("best CV MAE: $%.0f" % -search.best_score_)
print(search.best_params_)

baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)
pred = search.predict(X_te)
print("baseline test MAE: $%.0f" % mean_absolute_error(y_te, baseline.predict(X_te)))
print("model    test MAE: $%.0f   MAPE %.3f" % (mean_absolute_error(y_te, pred),
                                               mean_absolute_percentage_error(y_te, pred)))

# gross yield implied by the predicted rent
implied_yield = 12 * pred / X_te["estimated_value"].to_numpy()
print("median implied gross yield: %.2f%%" % (100 * np.median(implied_yield)))
