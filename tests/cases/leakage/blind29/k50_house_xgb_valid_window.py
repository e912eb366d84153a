"""House price model (XGBoost) with an out-of-time validation window.

sales sorted by date:  [ fit 70% | valid 15% | test 15% ]
- early stopping watches the validation window
- the test window is predicted once, at the end
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

SEED = 31


def make_features(frame):
    out = frame.copy()
    out["age"] = out["sale_date"].dt.year - out["year_built"]
    out["sale_ym"] = out["sale_date"].dt.year * 12 + out["sale_date"].dt.month
    out["log_sqft"] = np.log(out["sqft"])
    out["log_lot"] = np.log1p(out["lot_size"])
    out["bed_bath_ratio"] = out["bedrooms"] / out["bathrooms"].clip(lower=0.5)
    for c in ("neighborhood", "condition"):
        out[c] = out[c].astype("category")
    return out


sales = make_features(pd.read_csv("train.csv", parse_dates=["sale_date"])).sort_values("sale_date")
FEATURES = ["log_sqft", "log_lot", "bedrooms", "bathrooms", "bed_bath_ratio", "garage", "quality",
            "has_pool", "age", "sale_ym", "neighborhood", "condition"]
print(sales.shape)
print(sales["price"].describe())

n = len(sales)
fit = sales.iloc[: int(0.70 * n)]
valid = sales.iloc[int(0.70 * n): int(0.85 * n)]
test = sales.iloc[int(0.85 * n):]

reg = xgb.XGBRegressor(n_estimators=5000, learning_rate=0.02, max_depth=5, min_child_weight=3,
                       subsample=0.8, colsample_bytree=0.7, tree_method="hist", enable_categorical=True,
                       early_stopping_rounds=200, random_state=SEED)
reg.fit(fit[FEATURES], np.log(fit["price"]),
        eval_set=[(valid[FEATURES], np.log(valid["price"]))], verbose=500)
print("best iteration", reg.best_iteration)

baseline = DummyRegressor(strategy="median").fit(fit[FEATURES], fit["price"])
report = {
    "baseline (median price)": baseline.predict(test[FEATURES]),
    "xgboost": np.exp(reg.predict(test[FEATURES])),
}
for name, pred in report.items():
    print(f"{name:24s} MAE {mean_absolute_error(test['price'], pred):12,.0f}  "
          f"RMSE {np.sqrt(mean_squared_error(test['price'], pred)):12,.0f}  "
          f"R2 {r2_score(test['price'], pred):.3f}")

# final: all labelled sales, tree count from early stopping
final = xgb.XGBRegressor(n_estimators=reg.best_iteration + 1, learning_rate=0.02, max_depth=5,
                         min_child_weight=3, subsample=0.8, colsample_bytree=0.7, tree_method="hist",
                         enable_categorical=True, random_state=SEED)
final.fit(sales[FEATURES], np.log(sales["price"]))
new = make_features(pd.read_csv("test.csv", parse_dates=["sale_date"]))
for c in ("neighborhood", "condition"):
    new[c] = pd.Categorical(new[c], categories=sales[c].cat.categories)
pd.DataFrame({"sale_id": new["sale_id"], "prediction": np.exp(final.predict(new[FEATURES]))}).to_csv(
    "predictions.csv", index=False)
