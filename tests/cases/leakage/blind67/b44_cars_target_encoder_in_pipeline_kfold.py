"""Used car prices: target-encoded make/model + gradient boosting, 5-fold CV (encoder + model in one Pipeline)."""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.pipeline import Pipeline
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score

df = pd.read_csv("train.csv", parse_dates=["listing_date"])
df["age"] = df["listing_date"].dt.year - df["year"]
df["km_per_year"] = df["mileage_km"] / df["age"].clip(lower=1)
df["listing_month"] = df["listing_date"].dt.month

HIGH_CARD = ["make", "model", "region", "color"]
LOW_CARD = ["fuel_type", "transmission", "body_type", "seller_type"]
NUM = ["age", "mileage_km", "km_per_year", "engine_cc", "power_kw", "n_photos", "listing_month"]

X = pd.concat([df[HIGH_CARD + NUM], pd.get_dummies(df[LOW_CARD], dtype=float)], axis=1)
X[["engine_cc", "power_kw"]] = X[["engine_cc", "power_kw"]].fillna(-1)
y = np.log1p(df["price"])

model = Pipeline([
    ("te", ce.TargetEncoder(cols=HIGH_CARD, smoothing=15, min_samples_leaf=10)),
    ("gbr", GradientBoostingRegressor(n_estimators=600, max_depth=4, learning_rate=0.04,
                                      subsample=0.8, random_state=1)),
])

kf = KFold(n_splits=5, shuffle=True, random_state=1)
rmse = -cross_val_score(model, X, y, cv=kf, scoring="neg_root_mean_squared_error")
mae = -cross_val_score(model, X, y, cv=kf, scoring="neg_mean_absolute_error")

# baseline: predict the training-fold mean log price
base_rmse = []
for tr, va in kf.split(X):
    pred = np.full(len(va), y.iloc[tr].mean())
    base_rmse.append(np.sqrt(np.mean((y.iloc[va].values - pred) ** 2)))

print(f"GBR      RMSE(log) {rmse.mean():.4f} +/- {rmse.std():.4f} | MAE(log) {mae.mean():.4f}")
print(f"baseline RMSE(log) {np.mean(base_rmse):.4f}")

model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["listing_date"])
test["age"] = test["listing_date"].dt.year - test["year"]
test["km_per_year"] = test["mileage_km"] / test["age"].clip(lower=1)
test["listing_month"] = test["listing_date"].dt.month
X_test = pd.concat([test[HIGH_CARD + NUM], pd.get_dummies(test[LOW_CARD], dtype=float)], axis=1)
X_test = X_test.reindex(columns=X.columns, fill_value=0)
X_test[["engine_cc", "power_kw"]] = X_test[["engine_cc", "power_kw"]].fillna(-1)
pd.DataFrame({"listing_id": test["listing_id"],
              "prediction": np.expm1(model.predict(X_test))}).to_csv("predictions.csv", index=False)
