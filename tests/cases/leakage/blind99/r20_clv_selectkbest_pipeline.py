"""CLV at 12 months: Ridge with univariate feature selection, tuned by time-series CV.

- chronological holdout: the last 20% of signups is the test part, touched once at the end
- the SelectKBest step sits inside the pipeline, so during CV it is refitted on each training fold
- folds are TimeSeriesSplit over the training part sorted by signup date
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["first_order_value", "orders_first_30d", "spend_first_30d", "sessions_first_30d",
       "discount_first_order", "newsletter_opt_in"]
CAT = ["acquisition_channel", "country", "device", "age_band"]

df = pd.read_csv("train.csv", parse_dates=["signup_date"])
df = df.sort_values("signup_date").reset_index(drop=True)
df["signup_month"] = df["signup_date"].dt.month
df["log_spend_30d"] = np.log1p(df["spend_first_30d"])
NUM = NUM + ["signup_month", "log_spend_30d"]

n_train = int(len(df) * 0.8)
train, test_part = df.iloc[:n_train], df.iloc[n_train:]
X_train, y_train = train[NUM + CAT], np.log1p(train["clv_12m"])
X_test, y_test = test_part[NUM + CAT], test_part["clv_12m"]

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore", sparse_output=False))]), CAT),
])
pipe = Pipeline([
    ("prep", prep),
    ("select", SelectKBest(f_regression)),
    ("ridge", Ridge()),
])
grid = {
    "select__k": [5, 10, 20, "all"],
    "ridge__alpha": [0.1, 1.0, 10.0, 100.0],
}
search = GridSearchCV(pipe, grid, cv=TimeSeriesSplit(n_splits=5),
                      scoring="neg_mean_absolute_error", n_jobs=-1)
search.fit(X_train, y_train)
print("best params:", search.best_params_)
print("CV MAE (log scale):", round(-search.best_score_, 4))

baseline = DummyRegressor(strategy="median").fit(X_train, train["clv_12m"])
pred = np.expm1(search.best_estimator_.predict(X_test))
pred_base = baseline.predict(X_test)
print(f"test MAE  baseline={mean_absolute_error(y_test, pred_base):.2f}  model={mean_absolute_error(y_test, pred):.2f}")
print(f"test R2   baseline={r2_score(y_test, pred_base):.3f}  model={r2_score(y_test, pred):.3f}")

mask = search.best_estimator_["select"].get_support()
names = search.best_estimator_["prep"].get_feature_names_out()
print("selected features:", list(names[mask]))

# submission
test = pd.read_csv("test.csv", parse_dates=["signup_date"])
test["signup_month"] = test["signup_date"].dt.month
test["log_spend_30d"] = np.log1p(test["spend_first_30d"])
final = search.best_estimator_.fit(df[NUM + CAT], np.log1p(df["clv_12m"]))
pd.DataFrame({"customer_id": test["customer_id"],
              "prediction": np.expm1(final.predict(test[NUM + CAT]))}).to_csv("predictions.csv", index=False)
