"""Checkout A/B test - predict 30-day revenue per user.

Ridge regression inside a Pipeline (imputation / scaling / one-hot learned per fold),
5-fold CV against a mean-prediction DummyRegressor.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate, cross_val_predict

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


def make_model(regressor):
    preprocess = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), CAT),
    ])
    return Pipeline([("prep", preprocess), ("reg", regressor)])


X = df[NUM + CAT]
y = df["revenue_30d"].values
cv = KFold(n_splits=5, shuffle=True, random_state=12)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}

for name, reg in [("ridge", Ridge(alpha=3.0)), ("dummy", DummyRegressor(strategy="mean"))]:
    res = cross_validate(make_model(reg), X, y, cv=cv, scoring=scoring)
    print(f"{name:8s} MAE={-res['test_mae'].mean():8.3f}  RMSE={-res['test_rmse'].mean():8.3f}  "
          f"R2={res['test_r2'].mean():.4f} (+/- {res['test_r2'].std():.4f})")

# where does the model miss? out-of-fold absolute error by platform and variant
oof = cross_val_predict(make_model(Ridge(alpha=3.0)), X, y, cv=cv)
err = pd.DataFrame({"platform": df["platform"], "variant": df["variant"], "abs_err": np.abs(oof - y)})
print(err.groupby(["platform", "variant"])["abs_err"].mean().unstack().round(3))

model = make_model(Ridge(alpha=3.0)).fit(X, y)
coef = pd.Series(model.named_steps["reg"].coef_, index=model.named_steps["prep"].get_feature_names_out())
print(coef.sort_values(key=np.abs, ascending=False).head(15).round(3))
print("is_b coefficient (revenue units per SD):", round(coef["num__is_b"], 3))

pred = np.clip(model.predict(test[NUM + CAT]), 0, None)
pd.DataFrame({"user_id": test["user_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
