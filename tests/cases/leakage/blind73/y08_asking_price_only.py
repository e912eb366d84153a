import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_percentage_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# ---- data ---------------------------------------------------------------
sales = pd.read_csv("train.csv", parse_dates=["sale_date"])
sales = sales[sales.sale_price.between(25_000, 10_000_000)].copy()
# final_list_price is only filled in when the deal closes -> can't use it to value a home
sales = sales.drop(columns=["final_list_price"])
sales["log_price"] = np.log(sales.sale_price)
sales["log_sqft"] = np.log(sales.sqft)
sales["age"] = sales.sale_date.dt.year - sales.year_built
sales["log_ask"] = np.log(sales.asking_price)
sales["ask_per_sqft"] = sales.asking_price / sales.sqft

numeric = ["log_sqft", "bedrooms", "bathrooms", "age", "lot_sqft", "log_ask", "ask_per_sqft"]
categorical = ["zip_code", "property_type", "condition_grade"]

# ---- time-based holdout on unseen properties ----------------------------
cut = pd.Timestamp("2022-06-30")
train = sales[sales.sale_date <= cut]
test = sales[(sales.sale_date > cut) & (~sales.property_id.isin(train.property_id))]
print(f"train: {len(train)}  test: {len(test)}")

pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
ridge = make_pipeline(pre, RidgeCV(alphas=np.logspace(-3, 3, 13)))
ridge.fit(train[numeric + categorical], train.log_price)

dummy = DummyRegressor().fit(train[numeric], train.log_price)

for name, model, cols in [("baseline", dummy, numeric), ("ridge", ridge, numeric + categorical)]:
    pred = np.exp(model.predict(test[cols]))
    print(f"{name:8s}  MAPE = {mean_absolute_percentage_error(test.sale_price, pred):.4f}")

coef = pd.Series(ridge[-1].coef_[:len(numeric)], index=numeric)
print(coef.round(3))
