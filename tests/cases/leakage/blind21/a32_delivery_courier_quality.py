"""Delivery delay: does courier quality explain delays beyond route difficulty?"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrices, build_design_matrices
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("deliveries.csv", parse_dates=["order_ts"])
df = df.dropna(subset=["delay_min", "distance_km"]).sort_values("order_ts")

df["tod"] = pd.cut(df["order_ts"].dt.hour, bins=[-1, 10, 14, 17, 21, 24],
                   labels=["morning", "lunch", "afternoon", "dinner", "late"])
df["courier_experience_days"] = df["courier_experience_days"].fillna(0)
df["courier_rating_after"] = df["courier_rating_after"].fillna(4.5)
df["experience_yrs"] = df["courier_experience_days"] / 365.0
df["rating_c"] = df["courier_rating_after"] - 4.5

formula = ("delay_min ~ np.log1p(distance_km) + n_items + restaurant_prep_min"
           " + traffic_index + rain_mm + C(tod) + experience_yrs + rating_c")

n_train = int(0.8 * len(df))
train = df.iloc[:n_train]
test = df.iloc[n_train:]
print("train until", train["order_ts"].max(), "| test from", test["order_ts"].min())

y_tr, X_tr = dmatrices(formula, train, return_type="dataframe")
(X_te,) = build_design_matrices([X_tr.design_info], test, return_type="dataframe")
y_te = test["delay_min"].to_numpy()

ols = sm.OLS(y_tr, X_tr).fit(cov_type="HC1")
print(ols.params.round(3))
print("rating effect: %.2f min per star (se %.2f)" % (ols.params["rating_c"], ols.bse["rating_c"]))

pred = ols.predict(X_te)
mean_pred = np.full(len(y_te), y_tr.to_numpy().mean())
print(f"test MAE  {mean_absolute_error(y_te, pred):.2f}  (mean baseline {mean_absolute_error(y_te, mean_pred):.2f})")
print(f"test R2   {r2_score(y_te, pred):.3f}")
