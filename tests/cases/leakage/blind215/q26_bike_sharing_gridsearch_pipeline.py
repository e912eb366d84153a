"""Bike sharing demand: HistGradientBoosting in a pipeline, tuned with GridSearchCV.

Workflow
--------
1. hold out 20% of train.csv as a test split
2. GridSearchCV (5-fold) on the remaining 80%
3. score the tuned model once on the test split, next to a mean-prediction baseline
4. refit on all of train.csv and write the Kaggle submission
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split, GridSearchCV, KFold
from sklearn.metrics import mean_squared_log_error, make_scorer

train = pd.read_csv("train.csv", parse_dates=["datetime"])
test = pd.read_csv("test.csv", parse_dates=["datetime"])


def add_parts(df):
    df = df.copy()
    df["hour"] = df["datetime"].dt.hour
    df["weekday"] = df["datetime"].dt.weekday
    df["month"] = df["datetime"].dt.month
    df["year"] = df["datetime"].dt.year
    return df


train, test = add_parts(train), add_parts(test)

CATS = ["season", "weather"]
NUMS = ["holiday", "workingday", "temp", "atemp", "humidity", "windspeed",
        "hour", "weekday", "month", "year"]
X, y = train[CATS + NUMS], train["count"]


def rmsle(y_true, y_pred):
    return np.sqrt(mean_squared_log_error(y_true, np.clip(y_pred, 0, None)))


rmsle_scorer = make_scorer(rmsle, greater_is_better=False)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=1)

pipe = Pipeline([
    ("prep", ColumnTransformer([("ohe", OneHotEncoder(handle_unknown="ignore"), CATS)],
                               remainder="passthrough")),
    ("hgb", HistGradientBoostingRegressor(random_state=1)),
])
model = TransformedTargetRegressor(regressor=pipe, func=np.log1p, inverse_func=np.expm1)

grid = {
    "regressor__hgb__learning_rate": [0.05, 0.1],
    "regressor__hgb__max_iter": [300, 600],
    "regressor__hgb__max_leaf_nodes": [31, 63],
    "regressor__hgb__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(model, grid, scoring=rmsle_scorer,
                      cv=KFold(5, shuffle=True, random_state=1), n_jobs=-1, verbose=1)
search.fit(X_tr, y_tr)
print("best params:", search.best_params_)
print("CV RMSLE: %.4f" % -search.best_score_)

cv_table = pd.DataFrame(search.cv_results_)[["params", "mean_test_score", "std_test_score"]]
print(cv_table.sort_values("mean_test_score", ascending=False).head())

baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
print("test RMSLE  baseline(mean): %.4f" % rmsle(y_te, baseline.predict(X_te)))
print("test RMSLE  tuned HGB     : %.4f" % rmsle(y_te, search.predict(X_te)))

# final model on every labelled row, same hyper-parameters
final = search.best_estimator_
final.fit(X, y)
pd.DataFrame({"datetime": test["datetime"], "count": np.clip(final.predict(test[CATS + NUMS]), 0, None)}) \
    .to_csv("submission.csv", index=False)
print("submission written")
