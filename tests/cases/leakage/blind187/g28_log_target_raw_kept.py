import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split, KFold, cross_val_score
from sklearn.metrics import mean_squared_error, mean_absolute_error

pd.set_option("display.width", 160)

# Short-term rental listings: predict the nightly price.
listings = pd.read_csv("listings.csv")
listings = listings.dropna(subset=["price"]).copy()

# --- cleaning -------------------------------------------------------------
listings["host_response_rate"] = (
    listings["host_response_rate"].str.rstrip("%").astype(float) / 100.0
)
listings["host_is_superhost"] = listings["host_is_superhost"].map({"t": 1, "f": 0})
listings["instant_bookable"] = listings["instant_bookable"].map({"t": 1, "f": 0})
listings["n_amenities"] = listings["amenities"].fillna("").str.count(",") + 1
listings["bath_num"] = listings["bathrooms_text"].str.extract(r"([\d.]+)").astype(float)
listings["is_shared_bath"] = listings["bathrooms_text"].str.contains("shared", case=False,
                                                                     na=False).astype(int)

# --- target -----------------------------------------------------------------
# prices are log-normal-ish; model log(price) and score RMSE on the log scale
listings["log_price"] = np.log1p(listings["price"])

room_dummies = pd.get_dummies(listings["room_type"], prefix="room", dtype=int)
listings = pd.concat([listings, room_dummies], axis=1)

features = (
    listings.select_dtypes(include="number")
    .drop(columns=["id", "host_id", "log_price"])
    .columns.tolist()
)
print(len(features), "numeric features")

X = listings[features]
y = listings["log_price"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=21)

model = xgb.XGBRegressor(
    n_estimators=800, learning_rate=0.03, max_depth=6, subsample=0.8,
    colsample_bytree=0.7, min_child_weight=5, reg_lambda=2.0, random_state=21,
)
cv = KFold(n_splits=5, shuffle=True, random_state=21)
cv_rmse = -cross_val_score(model, X_train, y_train, cv=cv, scoring="neg_root_mean_squared_error")
print(f"CV RMSE(log): {cv_rmse.mean():.4f} +- {cv_rmse.std():.4f}")

model.fit(X_train, y_train)
pred = model.predict(X_test)
dummy = DummyRegressor().fit(X_train, y_train)
pred0 = dummy.predict(X_test)

print(f"test RMSE(log)  xgb {mean_squared_error(y_test, pred) ** 0.5:.4f} "
      f"| dummy {mean_squared_error(y_test, pred0) ** 0.5:.4f}")
print(f"test MAE ($)    xgb {mean_absolute_error(np.expm1(y_test), np.expm1(pred)):.2f} "
      f"| dummy {mean_absolute_error(np.expm1(y_test), np.expm1(pred0)):.2f}")

top = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(top.head(15))
