"""Checkout A/B test - predict 30-day revenue per user.

Ridge regression on scaled numeric + one-hot categorical features, evaluated on a 20% holdout
against a mean-prediction DummyRegressor.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df["revenue_30d"].describe())
print(df.groupby("variant")["revenue_30d"].mean())
print(df.groupby(["variant", "platform"])["revenue_30d"].agg(["mean", "median", "count"]).round(2))
print("share of users with zero revenue:", round((df["revenue_30d"] == 0).mean(), 3))

for frame in (df, test):
    frame["is_b"] = (frame["variant"] == "B").astype(int)
    frame["log_prior_rev"] = np.log1p(frame["prior_revenue_90d"].clip(lower=0))
    frame["pages_per_session"] = frame["pageviews_7d_pre"] / frame["sessions_7d_pre"].replace(0, np.nan)

NUM = ["sessions_7d_pre", "pageviews_7d_pre", "pages_per_session", "prior_orders",
       "log_prior_rev", "account_age_days", "is_b"]
CAT = ["country", "platform", "signup_channel"]

preprocess = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), CAT),
])
X = preprocess.fit_transform(df[NUM + CAT])
y = df["revenue_30d"].values

X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, random_state=12)

ridge = Ridge(alpha=3.0).fit(X_tr, y_tr)
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)


def report(name, y_true, y_pred):
    rmse = np.sqrt(mean_squared_error(y_true, y_pred))
    print(f"{name:8s} MAE={mean_absolute_error(y_true, y_pred):8.3f}  RMSE={rmse:8.3f}  R2={r2_score(y_true, y_pred):.4f}")


report("ridge", y_ho, ridge.predict(X_ho))
report("dummy", y_ho, dummy.predict(X_ho))

coef = pd.Series(ridge.coef_, index=preprocess.get_feature_names_out())
print(coef.sort_values(key=np.abs, ascending=False).head(15).round(3))
print("is_b coefficient (revenue units per SD):", round(coef["num__is_b"], 3))

ridge.fit(X, y)
X_test = preprocess.transform(test[NUM + CAT])
pred = np.clip(ridge.predict(X_test), 0, None)
pd.DataFrame({"user_id": test["user_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
