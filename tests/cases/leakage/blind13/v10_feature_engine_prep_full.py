# Used car price regression with feature_engine preprocessing
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from feature_engine.imputation import MeanMedianImputer, CategoricalImputer
from feature_engine.encoding import RareLabelEncoder, OneHotEncoder
from feature_engine.transformation import YeoJohnsonTransformer
from feature_engine.creation import CyclicalFeatures  # noqa: F401  (tried, not used)
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

cars = pd.read_csv("vehicles_clean.csv")
cars = cars[(cars["price"] > 500) & (cars["price"] < 150_000)]
cars["age"] = 2023 - cars["year"]
cars = cars.drop(columns=["id", "url", "VIN", "description", "year", "posting_date"], errors="ignore")
print(cars.shape)
print(cars.isna().mean().sort_values(ascending=False).head(12))

num_vars = ["odometer", "age", "lat", "long"]
cat_vars = ["manufacturer", "condition", "cylinders", "fuel", "title_status",
            "transmission", "drive", "type", "paint_color", "state"]

y = np.log(cars["price"])
X = cars[num_vars + cat_vars].copy()

# --- preprocessing -----------------------------------------------------------
imp_num = MeanMedianImputer(imputation_method="median", variables=num_vars)
imp_cat = CategoricalImputer(imputation_method="frequent", variables=cat_vars)
rare = RareLabelEncoder(tol=0.02, n_categories=5, variables=cat_vars)
yj = YeoJohnsonTransformer(variables=["odometer"])
ohe = OneHotEncoder(variables=cat_vars, drop_last=True)

X = imp_num.fit_transform(X)
X = imp_cat.fit_transform(X)
X = rare.fit_transform(X)
X = yj.fit_transform(X)
X = ohe.fit_transform(X)
print("after encoding:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)

rf = RandomForestRegressor(n_estimators=300, max_features=0.4, min_samples_leaf=3,
                           n_jobs=-1, random_state=3)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

print("R2 (log price):", round(r2_score(y_test, pred), 4))
print("MAE in $      :", round(mean_absolute_error(np.exp(y_test), np.exp(pred)), 1))

plt.figure(figsize=(5, 5))
plt.scatter(y_test, pred, s=2, alpha=0.3)
plt.plot([6, 12], [6, 12], "r--")
plt.xlabel("log price"); plt.ylabel("predicted")
plt.savefig("pred_vs_actual.png")
