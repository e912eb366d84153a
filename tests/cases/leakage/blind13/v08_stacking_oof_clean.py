"""Ames house prices - two level stacking written by hand.

level 0: ridge, random forest, lightgbm (each in its own preprocessing pipeline)
level 1: non-negative linear blend fitted on out-of-fold predictions
A 20% holdout is carved out first and only touched at the very end.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression, RidgeCV
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.base import clone

SEED = 0

df = pd.read_csv("ames/train.csv")
df = df[df["GrLivArea"] < 4500]  # the two famous outliers
y = np.log1p(df.pop("SalePrice"))
df = df.drop(columns=["Id"])
df["TotalSF"] = df["TotalBsmtSF"].fillna(0) + df["1stFlrSF"] + df["2ndFlrSF"]
df["Age"] = df["YrSold"] - df["YearBuilt"]

X_dev, X_hold, y_dev, y_hold = train_test_split(df, y, test_size=0.2, random_state=SEED)


def preprocessor(scale):
    num = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
    return ColumnTransformer([
        ("num", make_pipeline(*num), make_column_selector(dtype_include=np.number)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="NA"),
                              OneHotEncoder(handle_unknown="ignore", min_frequency=10)),
         make_column_selector(dtype_include=object)),
    ])


base_models = {
    "ridge": make_pipeline(preprocessor(True), RidgeCV(alphas=np.logspace(-2, 3, 30))),
    "rf": make_pipeline(preprocessor(False), RandomForestRegressor(400, min_samples_leaf=2, n_jobs=-1, random_state=SEED)),
    "lgbm": make_pipeline(preprocessor(False), LGBMRegressor(n_estimators=1500, learning_rate=0.02,
                                                             num_leaves=15, subsample=0.7, subsample_freq=1,
                                                             colsample_bytree=0.5, verbose=-1, random_state=SEED)),
}

kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
oof = pd.DataFrame(index=X_dev.index, columns=list(base_models), dtype=float)
hold_preds = pd.DataFrame(index=X_hold.index, columns=list(base_models), dtype=float)

for name, model in base_models.items():
    for tr, va in kf.split(X_dev):
        m = clone(model).fit(X_dev.iloc[tr], y_dev.iloc[tr])
        oof.iloc[va, oof.columns.get_loc(name)] = m.predict(X_dev.iloc[va])
    rmse = mean_squared_error(y_dev, oof[name]) ** 0.5
    print(f"{name:6s} OOF rmse(log) = {rmse:.4f}")
    # refit on all dev rows for the holdout prediction
    hold_preds[name] = clone(model).fit(X_dev, y_dev).predict(X_hold)

meta = LinearRegression(positive=True)
meta.fit(oof, y_dev)
print("blend weights:", dict(zip(oof.columns, meta.coef_.round(3))), "intercept", round(meta.intercept_, 3))
print("stack OOF rmse:", mean_squared_error(y_dev, meta.predict(oof)) ** 0.5)

final = meta.predict(hold_preds)
rmse_stack = mean_squared_error(y_hold, final) ** 0.5
rmse_mean = mean_squared_error(y_hold, np.full(len(y_hold), y_dev.mean())) ** 0.5
print(f"HOLDOUT rmse(log): stack={rmse_stack:.4f}   predict-the-mean baseline={rmse_mean:.4f}")
