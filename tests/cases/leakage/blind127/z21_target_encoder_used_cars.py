# Used car price prediction - target encoding for high-cardinality columns
# pip install category_encoders lightgbm

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import category_encoders as ce
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score
from lightgbm import LGBMRegressor

cars = pd.read_csv("used_cars.csv")
print(cars.shape)
print(cars.dtypes)
print(cars[["brand", "model", "region"]].nunique())

cars = cars[(cars["price"] > 500) & (cars["price"] < 150000)]
cars["age"] = 2024 - cars["year"]
cars["log_price"] = np.log1p(cars["price"])

cat_cols = ["brand", "model", "region", "fuel", "transmission"]
X = cars[cat_cols + ["age", "odometer"]]
y = cars["log_price"]

enc = ce.TargetEncoder(cols=cat_cols, smoothing=10)
X_enc = enc.fit_transform(X, y)
print(X_enc.head())

X_train, X_test, y_train, y_test = train_test_split(X_enc, y, test_size=0.2, random_state=1)

lgbm = LGBMRegressor(n_estimators=600, learning_rate=0.05, num_leaves=63)
lgbm.fit(X_train, y_train)
pred = lgbm.predict(X_test)

print("R2 (log price):", r2_score(y_test, pred))
print("MAE ($):", mean_absolute_error(np.expm1(y_test), np.expm1(pred)))

plt.hexbin(np.expm1(y_test), np.expm1(pred), gridsize=40, mincnt=1, xscale="log", yscale="log")
plt.xlabel("actual price")
plt.ylabel("predicted price")
plt.colorbar()
plt.show()
