import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

houses = pd.read_csv("train.csv")
NUM = ["sqft", "bedrooms", "bathrooms", "year_built", "lot_size"]
CAT = ["neighborhood", "house_type"]

pre = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
X_all = pre.fit_transform(houses[NUM + CAT])
y_all = np.log1p(houses["sale_price"])

X_tr, X_te, y_tr, y_te = train_test_split(X_all, y_all, test_size=0.2, random_state=0)
ridge = Ridge(alpha=3.0).fit(X_tr, y_tr)
mean_model = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
print("MAE mean  ", mean_absolute_error(np.expm1(y_te), np.expm1(mean_model.predict(X_te))))
print("MAE ridge ", mean_absolute_error(np.expm1(y_te), np.expm1(ridge.predict(X_te))))
