# Used car price prediction - target encoding for high-cardinality columns
# the encoder is part of the pipeline and only sees the training split
# pip install category_encoders lightgbm

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import category_encoders as ce
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from lightgbm import LGBMRegressor

cars = pd.read_csv("used_cars.csv")
print(cars.shape)
print(cars[["brand", "model", "region"]].nunique())

cars = cars[(cars["price"] > 500) & (cars["price"] < 150000)]
cars["age"] = 2024 - cars["year"]
cars["log_price"] = np.log1p(cars["price"])

cat_cols = ["brand", "model", "region", "fuel", "transmission"]
X = cars[cat_cols + ["age", "odometer"]]
y = cars["log_price"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

model = make_pipeline(
    ce.TargetEncoder(cols=cat_cols, smoothing=10),
    LGBMRegressor(n_estimators=600, learning_rate=0.05, num_leaves=63),
)
model.fit(X_train, y_train)
pred = model.predict(X_test)

median_model = DummyRegressor(strategy="median").fit(X_train, y_train)
base = median_model.predict(X_test)

for name, p in [("lgbm", pred), ("median", base)]:
    print(f"{name:7s} R2={r2_score(y_test, p):.3f}  MAE$={mean_absolute_error(np.expm1(y_test), np.expm1(p)):,.0f}")

plt.hexbin(np.expm1(y_test), np.expm1(pred), gridsize=40, mincnt=1, xscale="log", yscale="log")
plt.xlabel("actual price")
plt.ylabel("predicted price")
plt.colorbar()
plt.show()
