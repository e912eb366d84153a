"""Demand regression with grouped CV.

SKUs are the unit we generalise over, so CV folds are grouped by sku_id.
A univariate F-test keeps the 15 most informative columns before modelling.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import GroupKFold, cross_validate

df = pd.read_csv("train.csv", parse_dates=["week"])

# --- features
df["wk"] = df["week"].dt.isocalendar().week.astype(int)
df["mo"] = df["week"].dt.month
df["yr"] = df["week"].dt.year
df["log_price"] = np.log(df["price"])
df["promo_price"] = df["promo"] * df["log_price"]
df["stock_cap"] = df["stock"].clip(upper=5000)
df["stock_zero"] = (df["stock"] <= 0).astype(int)
df = pd.get_dummies(df, columns=["category", "warehouse_id"], prefix=["cat", "wh"], dtype=int)

candidate_cols = [c for c in df.columns if c not in ("id", "sku_id", "week", "units", "stock")]
X_all = df[candidate_cols]
y = df["units"].values
groups = df["sku_id"].values

selector = SelectKBest(score_func=f_regression, k=min(15, X_all.shape[1]))
X = selector.fit_transform(X_all, y)
kept = X_all.columns[selector.get_support()]
print("kept:", list(kept))

# --- grouped cross-validation
model = ExtraTreesRegressor(n_estimators=400, min_samples_leaf=3, max_features=0.6, n_jobs=-1, random_state=5)
cv = GroupKFold(n_splits=5)
res = cross_validate(model, X, y, groups=groups, cv=cv,
                     scoring=("neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"))
print("MAE  %.3f +- %.3f" % (-res["test_neg_mean_absolute_error"].mean(), res["test_neg_mean_absolute_error"].std()))
print("RMSE %.3f" % -res["test_neg_root_mean_squared_error"].mean())
print("R2   %.3f" % res["test_r2"].mean())

# --- fit on everything, predict test.csv
model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["week"])
test["wk"] = test["week"].dt.isocalendar().week.astype(int)
test["mo"] = test["week"].dt.month
test["yr"] = test["week"].dt.year
test["log_price"] = np.log(test["price"])
test["promo_price"] = test["promo"] * test["log_price"]
test["stock_cap"] = test["stock"].clip(upper=5000)
test["stock_zero"] = (test["stock"] <= 0).astype(int)
test = pd.get_dummies(test, columns=["category", "warehouse_id"], prefix=["cat", "wh"], dtype=int)
test = test.reindex(columns=["id"] + candidate_cols, fill_value=0)
pred = model.predict(selector.transform(test[candidate_cols]))
pd.DataFrame({"id": test["id"], "prediction": np.clip(pred, 0, None)}).to_csv("predictions.csv", index=False)
print("done")
