"""Loan pricing: APR spread with 90 % intervals (MAPIE SplitConformalRegressor).

Evaluation mimics production: the model is trained on older quotes and scored on later quotes
from borrowers it has never seen. Calibration and test periods only keep borrowers that are new
at that point.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from mapie.regression import SplitConformalRegressor
from mapie.metrics.regression import regression_coverage_score, regression_mean_width_score

TARGET = "apr_spread"
CAT = ["product_type", "region", "broker_id"]
NUM = ["loan_amount", "term_months", "ltv", "credit_score", "dti", "base_rate"]

q = pd.read_csv("train.csv", parse_dates=["quote_date"]).sort_values("quote_date").reset_index(drop=True)
q["quote_month"] = q["quote_date"].dt.month
NUM = NUM + ["quote_month"]

t1, t2 = q["quote_date"].quantile([0.6, 0.8])
train = q[q["quote_date"] < t1]
calib = q[(q["quote_date"] >= t1) & (q["quote_date"] < t2)]
calib = calib[~calib["borrower_id"].isin(train["borrower_id"])]
test = q[q["quote_date"] >= t2]
test = test[~test["borrower_id"].isin(set(train["borrower_id"]) | set(calib["borrower_id"]))]
print(f"train {len(train)}  calib {len(calib)}  test {len(test)} (new borrowers only)")

model = Pipeline([
    ("prep", ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=30), CAT),
    ], sparse_threshold=0)),
    ("hgb", HistGradientBoostingRegressor(max_iter=500, learning_rate=0.04, random_state=0)),
])
model.fit(train[NUM + CAT], train[TARGET])

scr = SplitConformalRegressor(estimator=model, confidence_level=0.9, prefit=True)
scr.conformalize(calib[NUM + CAT], calib[TARGET])
y_pred, y_int = scr.predict_interval(test[NUM + CAT])

dummy = DummyRegressor(strategy="median").fit(train[NUM + CAT], train[TARGET])
y_true = test[TARGET].to_numpy()
print(f"MAE (bps) model  {mean_absolute_error(y_true, y_pred):.2f}")
print(f"MAE (bps) median {mean_absolute_error(y_true, dummy.predict(test[NUM + CAT])):.2f}")
print(f"R2               {r2_score(y_true, y_pred):.3f}")
print(f"coverage         {regression_coverage_score(y_true, y_int)[0]:.3f}  (target 0.90)")
print(f"mean width (bps) {regression_mean_width_score(y_int)[0]:.2f}")

lo, hi = y_int[:, 0, 0], y_int[:, 1, 0]
by_prod = pd.DataFrame({"product": test["product_type"].to_numpy(), "cov": (y_true >= lo) & (y_true <= hi)})
print(by_prod.groupby("product")["cov"].agg(["size", "mean"]).round(3))

sub = pd.read_csv("test.csv", parse_dates=["quote_date"])
sub["quote_month"] = sub["quote_date"].dt.month
p_sub, i_sub = scr.predict_interval(sub[NUM + CAT])
pd.DataFrame({"prediction": p_sub, "lower": i_sub[:, 0, 0], "upper": i_sub[:, 1, 0]}).to_csv("predictions.csv", index=False)
