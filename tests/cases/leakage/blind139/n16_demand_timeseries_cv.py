"""
Weekly demand model, validated with expanding-window CV (TimeSeriesSplit),
because demand data is a time series and a random split would look into the future.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import PoissonRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df_test = pd.read_csv("test.csv", parse_dates=["week_start"])

# sort chronologically so that TimeSeriesSplit folds are ordered in time
df = df.sort_values("week_start").reset_index(drop=True)

for d in (df, df_test):
    d["woy"] = d["week_start"].dt.isocalendar().week.astype(float)
    d["log_price"] = np.log(d["price"])
    d["promo_x_display"] = d["promo_flag"] * d["display_feature"]
    d["discount_sq"] = d["discount_pct"] ** 2

numeric = ["log_price", "discount_pct", "discount_sq", "promo_flag", "display_feature",
           "promo_x_display", "holiday_week"]
seasonal = ["woy"]
categorical = ["category"]

prep = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("season", SplineTransformer(n_knots=8, degree=3, extrapolation="periodic"), seasonal),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
model = Pipeline([("prep", prep), ("pois", PoissonRegressor(alpha=1e-3, max_iter=1000))])

X = df[numeric + seasonal + categorical]
y = df["units_sold"]

tscv = TimeSeriesSplit(n_splits=5, test_size=len(df) // 8)
scoring = {
    "mae": "neg_mean_absolute_error",
    "rmse": "neg_root_mean_squared_error",
    "pdev": "neg_mean_poisson_deviance",
}

results = {}
for name, est in {"dummy_mean": DummyRegressor(strategy="mean"), "poisson_glm": model}.items():
    cv = cross_validate(est, X, y, cv=tscv, scoring=scoring)
    results[name] = {k: -cv[f"test_{k}"].mean() for k in scoring}
    results[name]["mae_last_fold"] = -cv["test_mae"][-1]

print(pd.DataFrame(results).T.round(3))

# fold-by-fold, to see whether error drifts over time
for i, (tr_idx, te_idx) in enumerate(tscv.split(X)):
    print(i, df.loc[tr_idx, "week_start"].max().date(), "->",
          df.loc[te_idx, "week_start"].min().date(), df.loc[te_idx, "week_start"].max().date())

model.fit(X, y)
df_test["prediction"] = model.predict(df_test[numeric + seasonal + categorical])
df_test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print(df_test["prediction"].describe())
