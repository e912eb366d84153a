# CLV 12m - compare a few regressors and keep the best one
import time

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor, HistGradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["signup_date"])
df = df.sort_values("signup_date").reset_index(drop=True)
df["signup_month"] = df["signup_date"].dt.month
df = pd.get_dummies(df, columns=["acquisition_channel", "country", "device", "age_band"], dtype=float)

FEATURES = [c for c in df.columns if c not in
            ("customer_id", "signup_date", "clv_12m", "orders_12m", "refunds_12m", "active_months_12m")]

# time-based split: first 80% of signups for training, latest 20% as test
cut = int(0.8 * len(df))
train, test_part = df.iloc[:cut], df.iloc[cut:]
X_train, y_train = train[FEATURES], np.log1p(train["clv_12m"])
X_test, y_test = test_part[FEATURES], test_part["clv_12m"]

models = {
    "baseline_median": DummyRegressor(strategy="median"),
    "ridge": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), Ridge(alpha=3.0)),
    "random_forest": make_pipeline(SimpleImputer(strategy="median"),
                                   RandomForestRegressor(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0)),
    "hist_gb": HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0),
    "lightgbm": lgb.LGBMRegressor(n_estimators=600, learning_rate=0.03, num_leaves=31, verbose=-1, random_state=0),
}

results = {}
for name, model in models.items():
    t0 = time.time()
    model.fit(X_train, y_train)
    pred = np.expm1(model.predict(X_test))
    results[name] = mean_absolute_error(y_test, pred)
    print(f"{name:16s} test MAE = {results[name]:8.2f}   ({time.time() - t0:.1f}s)")

best_name = min(results, key=results.get)
print(f"\nbest model: {best_name}  ->  test MAE {results[best_name]:.2f} "
      f"(baseline {results['baseline_median']:.2f})")

# refit the winner on everything and write predictions
best = models[best_name].fit(df[FEATURES], np.log1p(df["clv_12m"]))
test = pd.read_csv("test.csv", parse_dates=["signup_date"])
test["signup_month"] = test["signup_date"].dt.month
test = pd.get_dummies(test, columns=["acquisition_channel", "country", "device", "age_band"], dtype=float)
test = test.reindex(columns=["customer_id"] + FEATURES, fill_value=0)
pd.DataFrame({"customer_id": test["customer_id"],
              "prediction": np.expm1(best.predict(test[FEATURES]))}).to_csv("predictions.csv", index=False)
