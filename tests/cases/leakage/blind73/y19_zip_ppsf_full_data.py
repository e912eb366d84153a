import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
df = df[df.sqft_living > 300].copy()

# neighbourhood price levels -------------------------------------------------
df["ppsf_calc"] = df["sale_price"] / df["sqft_living"]
zip_ppsf = df.groupby("zip_code")["ppsf_calc"].median()
nbhd_price = df.groupby("neighbourhood")["sale_price"].median()
df["zip_median_ppsf"] = df["zip_code"].map(zip_ppsf)
df["nbhd_median_price"] = df["neighbourhood"].map(nbhd_price)
df["zip_value_est"] = df["zip_median_ppsf"] * df["sqft_living"]

df["house_age"] = 2024 - df["year_built"]
df["ask_ppsf"] = df["asking_price"] / df["sqft_living"]

features = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "house_age", "garage_spaces",
            "has_pool", "school_rating", "asking_price", "ask_ppsf",
            "zip_median_ppsf", "nbhd_median_price", "zip_value_est"]
X = df[features].fillna(0)
y = np.log(df["sale_price"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=4, learning_rate=0.05, random_state=0)
gbr.fit(X_train, y_train)
dummy = DummyRegressor(strategy="median").fit(X_train, y_train)

y_true = np.exp(y_test)
for name, m in [("baseline", dummy), ("GBR", gbr)]:
    p = np.exp(m.predict(X_test))
    print(f"{name}: MAE={mean_absolute_error(y_true, p):,.0f}  MAPE={mean_absolute_percentage_error(y_true, p):.4f}")

print(pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False).head(6))

# submission: same price levels mapped onto the test homes
test = pd.read_csv("test.csv")
test["zip_median_ppsf"] = test["zip_code"].map(zip_ppsf).fillna(zip_ppsf.median())
test["nbhd_median_price"] = test["neighbourhood"].map(nbhd_price).fillna(nbhd_price.median())
test["zip_value_est"] = test["zip_median_ppsf"] * test["sqft_living"]
test["house_age"] = 2024 - test["year_built"]
test["ask_ppsf"] = test["asking_price"] / test["sqft_living"]
gbr.fit(X, y)
pd.DataFrame({"parcel_id": test["parcel_id"], "prediction": np.exp(gbr.predict(test[features].fillna(0)))}) \
    .to_csv("predictions.csv", index=False)
