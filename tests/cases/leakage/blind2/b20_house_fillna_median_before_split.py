import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv")
for col in ["lot_size", "year_built", "garage_area"]:
    df[col] = df[col].fillna(df[col].median())
df["age"] = 2024 - df["year_built"]

features = ["sqft", "bedrooms", "bathrooms", "lot_size", "age", "garage_area"]
train, test = train_test_split(df, test_size=0.2, random_state=10)
rf = RandomForestRegressor(n_estimators=300, random_state=10).fit(train[features], train.sale_price)
baseline = np.full(len(test), train.sale_price.mean())
print("mean baseline MAE:", mean_absolute_error(test.sale_price, baseline))
print("RF MAE:", mean_absolute_error(test.sale_price, rf.predict(test[features])))
