#!/usr/bin/env python
"""Quick first pass at the Kaggle house-prices competition: numeric columns only,
random forest, compared with a mean-price dummy model."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.metrics import mean_squared_error, r2_score

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")
print("train", train.shape, "test", test.shape)

# target is skewed -> model the log
y = np.log1p(train["SalePrice"])

# keep it simple for now: numeric features only
X = train.select_dtypes(include=[np.number]).drop(columns=["Id"])
print("using", X.shape[1], "numeric columns")

corr = X.corrwith(y).sort_values(ascending=False)
print(corr.head(10))

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.25, random_state=3)

forest = make_pipeline(
    SimpleImputer(strategy="median"),
    RandomForestRegressor(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=3),
)
forest.fit(X_train, y_train)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)

for name, model in [("dummy mean", dummy), ("random forest", forest)]:
    p = model.predict(X_valid)
    print(f"{name:>14}: RMSE(log)={np.sqrt(mean_squared_error(y_valid, p)):.4f}  R2={r2_score(y_valid, p):.3f}")

# refit on all training rows and write a submission
forest.fit(X, y)
X_sub = test[X.columns.intersection(test.columns)].reindex(columns=X.columns)
submission = pd.DataFrame({"Id": test["Id"], "SalePrice": np.expm1(forest.predict(X_sub))})
submission.to_csv("submission.csv", index=False)
print(submission.head())
