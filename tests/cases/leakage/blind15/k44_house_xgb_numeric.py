"""
House prices -- XGBoost on log price, chronological validation.

Train: sales before 2023-07-01. Test: sales from 2023-07-01 on.
Hyperparameters: TimeSeriesSplit CV inside the training period.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import TimeSeriesSplit, RandomizedSearchCV
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score
from scipy.stats import randint, uniform

df = pd.read_csv("train.csv")
df["sale_date"] = pd.to_datetime(df["sale_date"])
df = df.sort_values("sale_date").reset_index(drop=True)

df["sale_year"] = df["sale_date"].dt.year
df["sale_q"] = df["sale_date"].dt.quarter
df["age"] = df["sale_year"] - df["year_built"]
df["sqft_per_bed"] = df["sqft"] / df["bedrooms"].clip(lower=1)

numeric = df.select_dtypes(include="number").drop(columns=["price"])
X = pd.concat([numeric, pd.get_dummies(df["neighbourhood"], prefix="nb", dtype=int)], axis=1)
y = np.log(df["price"])
print(X.columns.tolist())

is_test = df["sale_date"] >= "2023-07-01"
X_tr, X_te, y_tr, y_te = X[~is_test], X[is_test], y[~is_test], y[is_test]
print(len(X_tr), len(X_te))

search = RandomizedSearchCV(
    xgb.XGBRegressor(tree_method="hist", objective="reg:squarederror", random_state=0),
    {"n_estimators": randint(200, 1200), "max_depth": randint(3, 8), "learning_rate": uniform(0.01, 0.1),
     "subsample": uniform(0.6, 0.4), "colsample_bytree": uniform(0.5, 0.5), "min_child_weight": randint(1, 20)},
    n_iter=40, cv=TimeSeriesSplit(n_splits=5), scoring="neg_root_mean_squared_error",
    random_state=0, n_jobs=-1,
)
search.fit(X_tr, y_tr)
print(search.best_params_, "CV RMSE(log):", round(-search.best_score_, 4))

model = search.best_estimator_
smear = np.mean(np.exp(y_tr - model.predict(X_tr)))
pred = np.exp(model.predict(X_te)) * smear
actual = np.exp(y_te)

print(f"MAE  {mean_absolute_error(actual, pred):,.0f}")
print(f"MAPE {mean_absolute_percentage_error(actual, pred):.3%}")
print(f"R2   {r2_score(actual, pred):.3f}")

# error drift over the test period
err = pd.DataFrame({"month": df.loc[is_test, "sale_date"].dt.to_period("M"), "ape": np.abs(pred - actual) / actual})
print(err.groupby("month").ape.agg(["median", "size"]).round(3))

rng = np.random.default_rng(0)
a, p = actual.to_numpy(), pred
boot = [mean_absolute_percentage_error(a[i], p[i]) for i in (rng.integers(0, len(a), len(a)) for _ in range(1000))]
print("MAPE 95% CI", np.percentile(boot, [2.5, 97.5]).round(4))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(12).round(3))
