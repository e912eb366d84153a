"""Medical insurance charges regression (Kaggle `insurance.csv`).

age, sex, bmi, children, smoker, region -> charges
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

RANDOM_STATE = 3

df = pd.read_csv("insurance.csv")
print(df.shape)
print(df.describe(include="all").T)

# --- feature engineering -----------------------------------------------------
df["smoker"] = (df["smoker"] == "yes").astype(int)
df["sex"] = (df["sex"] == "male").astype(int)
df["obese"] = (df["bmi"] >= 30).astype(int)
df["smoker_obese"] = df["smoker"] * df["obese"]
df["age_sq"] = df["age"] ** 2
df = pd.get_dummies(df, columns=["region"], drop_first=True, dtype=int)

X = df.drop(columns=["charges"])
y = np.log(df["charges"])  # charges are right-skewed

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=RANDOM_STATE
)

# --- model -----------------------------------------------------------------------
model = xgb.XGBRegressor(
    n_estimators=3000,
    learning_rate=0.01,
    max_depth=4,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=3,
    early_stopping_rounds=100,
    eval_metric="rmse",
    random_state=RANDOM_STATE,
)
model.fit(
    X_train,
    y_train,
    eval_set=[(X_train, y_train), (X_test, y_test)],
    verbose=200,
)
print("best iteration:", model.best_iteration)

baseline = DummyRegressor(strategy="median").fit(X_train, y_train)


def report(name, pred_log):
    pred = np.exp(pred_log)
    true = np.exp(y_test)
    print(
        f"{name:10s} MAE={mean_absolute_error(true, pred):9.1f} "
        f"RMSE={np.sqrt(mean_squared_error(true, pred)):9.1f} "
        f"R2={r2_score(true, pred):.3f}"
    )


report("baseline", baseline.predict(X_test))
report("xgboost", model.predict(X_test))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)
