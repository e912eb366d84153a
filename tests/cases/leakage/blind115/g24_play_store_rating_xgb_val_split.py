"""Google Play Store apps - predicting the app rating with XGBoost.
"""
import re
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

apps = pd.read_csv("data/googleplaystore.csv")
apps = apps[apps["Category"] != "1.9"]
apps = apps.drop_duplicates(subset="App")
apps = apps[apps["Rating"].notna() & (apps["Rating"] <= 5)]
print(apps.shape)

apps["Reviews"] = apps["Reviews"].astype(int)
apps["Installs"] = apps["Installs"].str.replace(r"[+,]", "", regex=True).astype(int)
apps["Price"] = apps["Price"].str.replace("$", "", regex=False).astype(float)


def size_to_mb(s):
    if s.endswith("M"):
        return float(s[:-1])
    if s.endswith("k"):
        return float(s[:-1]) / 1024
    return np.nan


apps["Size_MB"] = apps["Size"].apply(size_to_mb)
apps["varies_with_device"] = apps["Size_MB"].isna().astype(int)
apps["Size_MB"] = apps["Size_MB"].fillna(0)
apps["Last Updated"] = pd.to_datetime(apps["Last Updated"])
apps["days_since_update"] = (pd.Timestamp("2018-08-08") - apps["Last Updated"]).dt.days
apps["android_ver"] = apps["Android Ver"].str.extract(r"(\d+\.\d+)")[0].astype(float).fillna(0)
apps["log_reviews"] = np.log1p(apps["Reviews"])
apps["log_installs"] = np.log1p(apps["Installs"])

features = apps[["log_reviews", "log_installs", "Size_MB", "varies_with_device", "Price",
                 "days_since_update", "android_ver", "Category", "Content Rating", "Type"]]
features = pd.get_dummies(features, columns=["Category", "Content Rating", "Type"], drop_first=True)
features.columns = [re.sub(r"[^0-9a-zA-Z_]", "_", c) for c in features.columns]
target = apps["Rating"]

X_tmp, X_test, y_tmp, y_test = train_test_split(features, target, test_size=0.2, random_state=3)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.2, random_state=3)
print(len(X_train), len(X_val), len(X_test))

model = xgb.XGBRegressor(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.8,
    early_stopping_rounds=100,
    eval_metric="rmse",
)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=250)
print("best iteration:", model.best_iteration)


def scores(name, y_true, y_hat):
    print(f"{name:<10} RMSE={np.sqrt(mean_squared_error(y_true, y_hat)):.4f} "
          f"MAE={mean_absolute_error(y_true, y_hat):.4f} R2={r2_score(y_true, y_hat):.4f}")


baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
scores("median", y_test, baseline.predict(X_test))
scores("xgboost", y_test, model.predict(X_test))

xgb.plot_importance(model, max_num_features=15)
plt.tight_layout()
plt.savefig("xgb_importance.png")
