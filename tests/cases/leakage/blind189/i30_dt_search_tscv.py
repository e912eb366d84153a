# Delivery time take-home
# - hyperparameter search with TimeSeriesSplit on the first 80% of orders
# - final check on the last 20% (scored once), compared to a DummyRegressor

import pandas as pd
import numpy as np
from scipy.stats import loguniform, randint
from sklearn.model_selection import RandomizedSearchCV, TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["order_time"]).sort_values("order_time", ignore_index=True)
df["hour"] = df.order_time.dt.hour
df["dow"] = df.order_time.dt.dayofweek

num = ["distance_km", "prep_time_est", "hour"]
cat = ["weather", "dow"]
X = df[num + cat]
y = df["actual_delivery_minutes"]

cut = int(0.8 * len(df))
X_dev, X_hold = X.iloc[:cut], X.iloc[cut:]
y_dev, y_hold = y.iloc[:cut], y.iloc[cut:]

prep = ColumnTransformer([
    ("n", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("c", OneHotEncoder(handle_unknown="ignore"), cat),
], sparse_threshold=0)
pipe = Pipeline([("prep", prep), ("gbm", HistGradientBoostingRegressor(loss="absolute_error", random_state=0))])

space = {
    "gbm__learning_rate": loguniform(0.01, 0.3),
    "gbm__max_leaf_nodes": randint(15, 127),
    "gbm__min_samples_leaf": randint(20, 200),
    "gbm__l2_regularization": loguniform(1e-3, 10),
    "gbm__max_iter": randint(200, 800),
}
search = RandomizedSearchCV(pipe, space, n_iter=30, cv=TimeSeriesSplit(n_splits=4),
                            scoring="neg_mean_absolute_error", n_jobs=-1, random_state=0, verbose=1)
search.fit(X_dev, y_dev)
print("best CV MAE:", -search.best_score_)
print("best params:", search.best_params_)

cv_table = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cv_table[["mean_test_score", "std_test_score"]].head())

dummy = DummyRegressor(strategy="median").fit(X_dev, y_dev)
print("holdout MAE best model:", mean_absolute_error(y_hold, search.predict(X_hold)))
print("holdout MAE dummy     :", mean_absolute_error(y_hold, dummy.predict(X_hold)))

final = search.best_estimator_.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["order_time"])
test["hour"] = test.order_time.dt.hour
test["dow"] = test.order_time.dt.dayofweek
pd.DataFrame({"order_id": test.order_id, "prediction": final.predict(test[num + cat])}).to_csv(
    "predictions.csv", index=False)
