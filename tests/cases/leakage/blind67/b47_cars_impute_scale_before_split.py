import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

# load
df = pd.read_csv("train.csv")
df = df.drop(columns=["listing_id", "listing_date", "final_offer_price", "days_on_market"])
print(df.shape)

# features
df["age"] = 2024 - df["year"]
df["log_mileage"] = np.log1p(df["mileage_km"])
numeric = ["age", "mileage_km", "log_mileage", "engine_cc", "power_kw", "n_photos"]
categorical = ["make", "fuel_type", "transmission", "body_type", "seller_type", "region"]

imp = SimpleImputer(strategy="median")
scaler = StandardScaler()
num_scaled = pd.DataFrame(scaler.fit_transform(imp.fit_transform(df[numeric])),
                          columns=numeric, index=df.index)
cat_dummies = pd.get_dummies(df[categorical], drop_first=True, dtype=float)
X = pd.concat([num_scaled, cat_dummies], axis=1)
y = df["price"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print(f"random forest: MAE={mean_absolute_error(y_test, pred):.0f} "
      f"RMSE={mean_squared_error(y_test, pred) ** 0.5:.0f} R2={r2_score(y_test, pred):.3f}")

# submission with the forest
test = pd.read_csv("test.csv")
test["age"] = 2024 - test["year"]
test["log_mileage"] = np.log1p(test["mileage_km"])
t_num = pd.DataFrame(scaler.transform(imp.transform(test[numeric])), columns=numeric, index=test.index)
t_cat = pd.get_dummies(test[categorical], drop_first=True, dtype=float).reindex(columns=cat_dummies.columns, fill_value=0)
X_sub = pd.concat([t_num, t_cat], axis=1)
pd.DataFrame({"listing_id": test["listing_id"],
              "prediction": rf.predict(X_sub)}).to_csv("predictions.csv", index=False)
