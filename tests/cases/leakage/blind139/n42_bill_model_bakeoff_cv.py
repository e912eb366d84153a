"""Energy bill - model bake-off.

Model family is chosen by 5-fold CV on the training part; the 20% test split is touched once,
for the chosen model only.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Lasso, Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import KFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

bills = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
num = ["floor_area_m2", "occupants", "avg_temp_c", "build_year", "kwh_prev_year", "has_solar", "smart_meter"]
cat = ["region", "dwelling_type", "heating_type", "tariff"]
X, y = bills[num + cat], bills["bill_amount"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=21)


def pipe(est, scale=True):
    num_steps = [("imp", SimpleImputer(strategy="median"))] + ([("sc", StandardScaler())] if scale else [])
    pre = ColumnTransformer([("num", Pipeline(num_steps), num),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), cat)])
    return Pipeline([("pre", pre), ("est", est)])


candidates = {
    "mean baseline": pipe(DummyRegressor(strategy="mean")),
    "ridge": pipe(Ridge(alpha=3.0)),
    "lasso": pipe(Lasso(alpha=0.05, max_iter=10000)),
    "random_forest": pipe(RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=21), scale=False),
    "gbr_depth3": pipe(GradientBoostingRegressor(max_depth=3, n_estimators=600, learning_rate=0.05, random_state=21), scale=False),
    "gbr_depth5": pipe(GradientBoostingRegressor(max_depth=5, n_estimators=400, learning_rate=0.05, random_state=21), scale=False),
}

kf = KFold(n_splits=5, shuffle=True, random_state=21)
cv_mae = {}
for name, model in candidates.items():
    cv_mae[name] = -cross_val_score(model, X_train, y_train, cv=kf, scoring="neg_mean_absolute_error").mean()
cv_table = pd.Series(cv_mae).sort_values()
print(cv_table.round(3))

best_name = cv_table.drop(index="mean baseline").index[0]
best = candidates[best_name].fit(X_train, y_train)
baseline = candidates["mean baseline"].fit(X_train, y_train)

for name, m in [("mean baseline", baseline), (best_name, best)]:
    p = m.predict(X_test)
    print(f"{name:14s} test MAE {mean_absolute_error(y_test, p):.2f}  "
          f"RMSE {np.sqrt(mean_squared_error(y_test, p)):.2f}  R2 {r2_score(y_test, p):.3f}")

final = candidates[best_name].fit(X, y)
pd.DataFrame({"account_id": test["account_id"], "prediction": final.predict(test[num + cat])}).to_csv(
    "predictions.csv", index=False)
