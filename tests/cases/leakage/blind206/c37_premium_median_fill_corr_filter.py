# Playground S4E12 - Regression with an Insurance Dataset (RMSLE)
# Impute, one-hot, drop near-useless columns, XGBoost on log1p(Premium Amount), 5-fold.

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.metrics import mean_squared_error
from xgboost import XGBRegressor

DATA = "/kaggle/input/playground-series-s4e12"
TARGET = "Premium Amount"

train = pd.read_csv(f"{DATA}/train.csv")
test = pd.read_csv(f"{DATA}/test.csv")
print(train.shape, test.shape)
print(train.isna().sum().sort_values(ascending=False).head(10))
print(train[TARGET].describe())

NUM_COLS = ["Age", "Annual Income", "Number of Dependents", "Health Score", "Previous Claims",
            "Vehicle Age", "Credit Score", "Insurance Duration"]
CAT_COLS = ["Gender", "Marital Status", "Education Level", "Occupation", "Location",
            "Policy Type", "Customer Feedback", "Smoking Status", "Exercise Frequency", "Property Type"]


def dates_and_flags(df):
    df = df.copy()
    d = pd.to_datetime(df["Policy Start Date"])
    df["start_year"] = d.dt.year
    df["start_month"] = d.dt.month
    df["start_day"] = d.dt.day
    df["start_dow"] = d.dt.dayofweek
    for c in ["Annual Income", "Health Score", "Previous Claims", "Credit Score", "Number of Dependents"]:
        df[f"{c}_na"] = df[c].isna().astype(int)
    df["n_missing"] = df[NUM_COLS + CAT_COLS].isna().sum(axis=1)
    return df.drop(columns="Policy Start Date")


train = dates_and_flags(train)
test = dates_and_flags(test)

medians = train[NUM_COLS].median()
train[NUM_COLS] = train[NUM_COLS].fillna(medians)
test[NUM_COLS] = test[NUM_COLS].fillna(medians)
train["log_income"] = np.log1p(train["Annual Income"])
test["log_income"] = np.log1p(test["Annual Income"])

y = np.log1p(train[TARGET].values)
full = pd.get_dummies(pd.concat([train.drop(columns=TARGET), test]).fillna({c: "None" for c in CAT_COLS}),
                      columns=CAT_COLS, dtype=np.int8)
X = full.iloc[:len(train)].drop(columns="id").reset_index(drop=True)
X_test = full.iloc[len(train):].drop(columns="id").reset_index(drop=True)

corr = X.corrwith(pd.Series(y)).abs().sort_values(ascending=False)
print(corr.head(20))
FEATURES = corr[corr > 0.003].index.tolist()
print(f"keeping {len(FEATURES)} of {X.shape[1]} columns")

params = dict(n_estimators=1500, learning_rate=0.02, max_depth=8, min_child_weight=10,
              subsample=0.8, colsample_bytree=0.6, reg_lambda=5.0, tree_method="hist",
              random_state=0, n_jobs=-1)

kf = KFold(n_splits=5, shuffle=True, random_state=0)
oof = np.zeros(len(X))
pred = np.zeros(len(X_test))
for fold, (tr, va) in enumerate(kf.split(X)):
    model = XGBRegressor(**params)
    model.fit(X.iloc[tr][FEATURES], y[tr])
    oof[va] = model.predict(X.iloc[va][FEATURES])
    pred += model.predict(X_test[FEATURES]) / kf.n_splits
    print(f"fold {fold}: RMSLE {mean_squared_error(y[va], oof[va]) ** 0.5:.5f}")

print(f"CV RMSLE: {mean_squared_error(y, oof) ** 0.5:.5f}")
pd.DataFrame({"id": test["id"], TARGET: np.expm1(pred)}).to_csv("submission.csv", index=False)
